using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Seed;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// No lost or doubled orders through the real host and a real SQLite file: Alexa's retries of one request,
/// and many devices confirming one purchase at the same instant.
/// </summary>
public sealed class ExactlyOnceOrderTests(ITestOutputHelper output)
{
    private const int Parallel = 60;

    [Fact]
    public async Task A_replayed_read_back_gets_the_same_pending_purchase_not_a_new_one()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        var buy = new AlexaConversation(client).Build(new JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new JsonObject
            {
                ["name"] = "BuyIntent",
                ["confirmationStatus"] = "NONE",
                ["slots"] = new JsonObject { ["product"] = new JsonObject { ["name"] = "product", ["value"] = "coffee pods" } },
            },
        });

        var first = await PostAsync(client, buy);
        var replay = await PostAsync(client, buy);

        // Run twice, the quote would hold a second pending purchase id in its session attributes.
        Assert.Contains("sessionAttributes", first);
        Assert.Equal(first, replay);
    }

    [Fact]
    public async Task A_replayed_confirmation_gets_the_same_answer_and_makes_no_second_order()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        var conversation = new AlexaConversation(client);
        var before = await host.DemoOrderCountAsync();
        await conversation.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "coffee pods" });
        var yes = conversation.Build(YesIntent());

        var first = await PostAsync(client, yes);
        var replay = await PostAsync(client, yes);

        Assert.Equal(first, replay);
        Assert.Contains("order", first, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before + 1, await host.DemoOrderCountAsync());
        Assert.Equal(1, await CapturedCountAsync(host));
    }

    [Fact]
    public async Task The_same_request_sent_many_times_at_once_places_one_order()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        var conversation = new AlexaConversation(client);
        var before = await host.DemoOrderCountAsync();
        await conversation.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "dish soap" });
        var yes = conversation.Build(YesIntent());

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(() => PostAsync(client, yes))));

        var created = await host.DemoOrderCountAsync() - before;
        output.WriteLine($"same request id x{Parallel}: orders created {created}, captured charges {await CapturedCountAsync(host)}, distinct answers {answers.Distinct().Count()}");
        Assert.Equal(1, created);
        Assert.Equal(1, await CapturedCountAsync(host));
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task Many_devices_confirming_one_purchase_at_the_same_instant_make_one_order_and_one_charge()
    {
        // Every confirmation must reach placement, so the per-shopper rate limit is lifted for this race.
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Purchasing:PlacementsPerMinute"] = "1000" });
        using var client = host.CreateClient();
        var conversation = new AlexaConversation(client);
        var before = await host.DemoOrderCountAsync();
        await conversation.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "oat milk" });

        // Each confirmation is its own request (own request id) carrying the same pending purchase.
        var confirmations = Enumerable.Range(0, Parallel).Select(_ => conversation.Build(YesIntent())).ToList();
        using var start = new SemaphoreSlim(0);
        var sending = confirmations.Select(body => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await PostAsync(client, body);
        })).ToList();
        start.Release(Parallel);
        var answers = await Task.WhenAll(sending);

        var created = await host.DemoOrderCountAsync() - before;
        var captured = await CapturedCountAsync(host);
        output.WriteLine($"parallel confirmations: attempts {Parallel}, orders created {created}, captured charges {captured}, payments recorded {(await host.Store.GetPaymentsAsync(default)).Count}");
        Assert.Equal(1, created);
        Assert.Equal(1, captured);
        Assert.Single(await host.Store.GetPaymentsAsync(default));
        Assert.Equal(Parallel, answers.Length);
    }

    private static JsonObject YesIntent() => new()
    {
        ["type"] = "IntentRequest",
        ["intent"] = new JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE", ["slots"] = new JsonObject() },
    };


    private static async Task<int> CapturedCountAsync(VoiceShopHost host) =>
        (await host.Store.GetPaymentsAsync(default)).Count(p => p.Status == PaymentStatus.Captured);

    private static async Task<string> PostAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync("/api/alexa", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return text;
    }
}
