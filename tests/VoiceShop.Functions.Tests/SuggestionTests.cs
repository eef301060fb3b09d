using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Seed;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Suggestions from the shopper's own order history, through the real host and its SQLite store: Alex's AA
/// batteries are bought every three weeks (orders added here 72 and 51 days ago, beside the demo's 30 days
/// ago), so they are due; the launch greeting leads with that or with an order arriving today.
/// </summary>
public sealed class SuggestionTests(ITestOutputHelper output) : IDisposable
{
    private readonly VoiceShopHost _host = new();

    [Fact]
    public async Task What_should_I_reorder_offers_the_overdue_product_and_a_yes_reads_it_back_first()
    {
        await AddBatteryHabitAsync();
        var client = _host.CreateClient();
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        var offer = await SayAsync(client, "s1", "what should I reorder");
        Assert.Equal("SuggestionIntent", offer["intent"]!["name"]!.GetValue<string>());
        Assert.Equal("You usually get AA batteries every three weeks, and it's been four. Want a pack for $8.99?", offer["text"]!.GetValue<string>());

        var readBack = await SayAsync(client, "s1", "yes");
        Assert.StartsWith("A pack of AA batteries, $8.99, arriving ", readBack["text"]!.GetValue<string>());
        Assert.Equal(before, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task With_nothing_due_it_says_so_and_offers_the_last_order()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.IntentAsync("SuggestionIntent");

        Assert.Equal("Nothing's due for a reorder yet. Want to reorder your last order?", reply.Speech);
        Assert.False(reply.ShouldEndSession);
    }

    [Fact]
    public async Task Launch_leads_with_the_one_product_due()
    {
        await AddBatteryHabitAsync();
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.LaunchAsync();

        Assert.Equal("Hi Alex. You might be running low on AA batteries. What would you like?", reply.Speech);
    }

    [Fact]
    public async Task Launch_leads_with_an_order_arriving_today_before_anything_due()
    {
        await AddBatteryHabitAsync();

        // The demo's coffee pods and paper towels arrive tomorrow; a day later, in Alex's zone, they arrive today.
        _host.Clock.AdvanceDays(1);
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.LaunchAsync();

        Assert.Equal("Hi Alex. Your paper towels and coffee pods arrive today. What would you like?", reply.Speech);
    }

    [Fact]
    public async Task Launch_without_anything_that_matters_now_keeps_the_usual_greeting()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.LaunchAsync();

        Assert.Equal("Hi Alex. You can reorder, check an order, or buy something. What would you like?", reply.Speech);
    }

    /// <summary>Two earlier battery orders, three weeks apart, before the demo's order 30 days ago.</summary>
    private async Task AddBatteryHabitAsync()
    {
        var demo = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Single(o => o.Id == "1000000001");
        foreach (var (id, daysAgo) in new[] { ("1000000011", 72), ("1000000012", 51) })
        {
            var placed = _host.Clock.GetCurrentInstant() - Duration.FromDays(daysAgo);
            await _host.Store.InsertOrderAsync(
                demo with
                {
                    Id = id,
                    PlacedAt = placed,
                    History = [new OrderStatusChange(OrderStatus.Placed, placed), new OrderStatusChange(OrderStatus.Delivered, placed + Duration.FromDays(3))],
                    ExpectedDelivery = demo.ExpectedDelivery.PlusDays(30 - daysAgo),
                    PaymentAuthorizationId = "pay_test_" + id,
                },
                CancellationToken.None);
        }
    }

    private async Task<JsonObject> SayAsync(HttpClient client, string sessionId, string text)
    {
        var response = await client.PostAsync(
            "/api/text",
            new StringContent(new JsonObject { ["text"] = text, ["sessionId"] = sessionId, ["accessToken"] = DemoData.DemoAccessToken, ["locale"] = "en-US" }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        output.WriteLine($"> {text}\n< {json["text"]}");
        return json;
    }

    public void Dispose() => _host.Dispose();
}
