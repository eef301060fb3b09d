using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Amazon's purchase rules through the real host: the voice code at or above $100 (or always, by choice),
/// the lockout after three wrong codes, the daily limit, the per-shopper rate limit, and the order
/// confirmation message.
/// </summary>
public sealed class PurchaseSafetyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> BigOrder = new() { ["product"] = "paper towels", ["quantity"] = "11" };
    private static readonly Dictionary<string, string> SmallOrder = new() { ["product"] = "paper towels" };

    [Fact]
    public async Task At_or_above_100_dollars_a_shopper_with_a_code_must_say_it_and_a_yes_does_not_skip_it()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        await SetCodeAsync(host, "4321", always: false);
        var conversation = new AlexaConversation(client);
        var before = await host.DemoOrderCountAsync();

        await conversation.IntentAsync("BuyIntent", BigOrder);
        var ask = await conversation.IntentAsync("AMAZON.YesIntent");
        Assert.Equal("Please say your four-digit voice code.", ask.Speech);
        Assert.False(ask.ShouldEndSession);

        var yesAgain = await conversation.IntentAsync("AMAZON.YesIntent");
        Assert.Equal("Please say your four-digit voice code.", yesAgain.Speech);
        Assert.Equal(before, await host.DemoOrderCountAsync());

        var wrong = await conversation.IntentAsync("VoiceCodeIntent", new Dictionary<string, string> { ["code"] = "1234" });
        Assert.Equal("That code didn't match. Please try again.", wrong.Speech);
        Assert.Equal(before, await host.DemoOrderCountAsync());

        var placed = await conversation.IntentAsync("VoiceCodeIntent", new Dictionary<string, string> { ["code"] = "4 3 2 1" });
        Assert.StartsWith("Done.", placed.Speech);
        Assert.Equal(before + 1, await host.DemoOrderCountAsync());
    }

    [Fact]
    public async Task Below_100_dollars_the_code_is_not_asked_unless_the_shopper_wants_it_always()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        await SetCodeAsync(host, "4321", always: false);

        var small = new AlexaConversation(client);
        await small.IntentAsync("BuyIntent", SmallOrder);
        Assert.StartsWith("Done.", (await small.IntentAsync("AMAZON.YesIntent")).Speech);

        await SetCodeAsync(host, "4321", always: true);
        var always = new AlexaConversation(client);
        await always.IntentAsync("BuyIntent", SmallOrder);
        Assert.Equal("Please say your four-digit voice code.", (await always.IntentAsync("AMAZON.YesIntent")).Speech);
    }

    [Fact]
    public async Task A_forged_session_cannot_skip_the_code_because_the_need_is_decided_from_the_store()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        await SetCodeAsync(host, "4321", always: false);
        var quote = await host.Services.GetRequiredService<PurchaseService>()
            .QuoteBuyAsync(DemoData.Alex, new ProductRequest("PT-2PK", null), 11, default);
        var purchaseId = Assert.IsType<PurchaseQuote.Ready>(quote).Purchase.Id;
        var conversation = new AlexaConversation(client);
        var before = await host.DemoOrderCountAsync();

        var body = System.Text.Json.Nodes.JsonNode.Parse(conversation.Build(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE" },
        }))!;
        body["session"]!["attributes"] = new System.Text.Json.Nodes.JsonObject { ["awaiting"] = "PurchaseConfirmation", ["pendingPurchaseId"] = purchaseId };
        var reply = await conversation.PostAsync(body.ToJsonString());

        Assert.Equal("Please say your four-digit voice code.", reply.Speech);
        Assert.Equal(before, await host.DemoOrderCountAsync());
    }

    [Fact]
    public async Task Three_wrong_codes_pause_voice_purchasing_for_15_minutes()
    {
        // Seven confirmations within a real minute; the rate limit is not what this test is about.
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Purchasing:PlacementsPerMinute"] = "100" });
        using var client = host.CreateClient();
        await SetCodeAsync(host, "4321", always: true);
        var conversation = new AlexaConversation(client);
        var before = await host.DemoOrderCountAsync();
        await conversation.IntentAsync("BuyIntent", SmallOrder);
        await conversation.IntentAsync("AMAZON.YesIntent");

        await conversation.IntentAsync("VoiceCodeIntent", new Dictionary<string, string> { ["code"] = "0000" });
        await conversation.IntentAsync("VoiceCodeIntent", new Dictionary<string, string> { ["code"] = "1111" });
        var locked = await conversation.IntentAsync("VoiceCodeIntent", new Dictionary<string, string> { ["code"] = "2222" });
        Assert.Equal("Voice purchasing is paused for 15 minutes. Nothing was ordered.", locked.Speech);
        Assert.True(locked.ShouldEndSession);

        // Even the right code, in a new session, is refused while the pause lasts.
        host.Clock.Advance(Duration.FromMinutes(14));
        var during = new AlexaConversation(client) { Timestamp = host.Clock.GetCurrentInstant().ToDateTimeOffset() };
        await during.IntentAsync("BuyIntent", SmallOrder);
        Assert.Equal("Voice purchasing is paused for 15 minutes. Nothing was ordered.", (await during.IntentAsync("AMAZON.YesIntent")).Speech);
        Assert.Equal(before, await host.DemoOrderCountAsync());

        host.Clock.Advance(Duration.FromMinutes(2));
        var after = new AlexaConversation(client) { Timestamp = host.Clock.GetCurrentInstant().ToDateTimeOffset() };
        await after.IntentAsync("BuyIntent", SmallOrder);
        Assert.Equal("Please say your four-digit voice code.", (await after.IntentAsync("AMAZON.YesIntent")).Speech);
        Assert.StartsWith("Done.", (await after.IntentAsync("VoiceCodeIntent", new Dictionary<string, string> { ["code"] = "4321" })).Speech);
        Assert.Equal(before + 1, await host.DemoOrderCountAsync());
    }

    [Fact]
    public async Task The_daily_limit_stops_the_order_that_would_pass_it()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Purchasing:DailySpendingLimit"] = "30" });
        using var client = host.CreateClient();
        var before = await host.DemoOrderCountAsync();

        var first = new AlexaConversation(client);
        await first.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "paper towels", ["quantity"] = "3" });
        Assert.StartsWith("Done.", (await first.IntentAsync("AMAZON.YesIntent")).Speech);

        var second = new AlexaConversation(client);
        await second.IntentAsync("BuyIntent", SmallOrder);
        var refused = await second.IntentAsync("AMAZON.YesIntent");

        Assert.Equal("That would take today's voice orders over your daily limit of $30, so I didn't order it. You can order it in the app.", refused.Speech);
        Assert.Equal(before + 1, await host.DemoOrderCountAsync());
    }

    [Fact]
    public async Task Twenty_four_simultaneous_yeses_from_twenty_four_sessions_stay_within_the_daily_limit()
    {
        const int sessions = 24;
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?>
        {
            ["Purchasing:DailySpendingLimit"] = "50",
            ["Purchasing:PlacementsPerMinute"] = "1000",
        });
        using var client = host.CreateClient();
        var before = await host.DemoOrderCountAsync();
        var paymentsBefore = (await host.Store.GetPaymentsAsync(default)).Select(p => p.Id).ToHashSet();
        var conversations = new List<AlexaConversation>();
        for (var i = 0; i < sessions; i++)
        {
            var conversation = new AlexaConversation(client);
            await conversation.IntentAsync("BuyIntent", SmallOrder);
            conversations.Add(conversation);
        }

        using var start = new SemaphoreSlim(0);
        var confirming = conversations.Select(c => Task.Run(async () =>
        {
            await start.WaitAsync();
            return (await c.IntentAsync("AMAZON.YesIntent")).Speech;
        })).ToList();
        start.Release(sessions);
        var speeches = await Task.WhenAll(confirming);

        // Paper towels are $9.24: five fit in $50 ($46.20), a sixth would make $55.44.
        var placed = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Take((await host.DemoOrderCountAsync()) - before).ToList();
        var payments = (await host.Store.GetPaymentsAsync(default)).Where(p => !paymentsBefore.Contains(p.Id)).ToList();
        output.WriteLine(
            $"daily limit over HTTP (Alexa, SQLite): {sessions} simultaneous yeses to $9.24 purchases, limit $50, placed {placed.Count} (${placed.Sum(o => o.Total.Amount):0.00}), " +
            $"refused {speeches.Count(s => s.Contains("daily limit", StringComparison.Ordinal))}, new payments {payments.Count} ({string.Join(", ", payments.GroupBy(p => p.Status).Select(g => $"{g.Key} {g.Count()}"))})");
        Assert.Equal(5, placed.Count);
        Assert.Equal(46.20m, placed.Sum(o => o.Total.Amount));
        Assert.Equal(5, speeches.Count(s => s.StartsWith("Done.", StringComparison.Ordinal)));
        Assert.Equal(
            Enumerable.Repeat("That would take today's voice orders over your daily limit of $50, so I didn't order it. You can order it in the app.", sessions - 5),
            speeches.Where(s => !s.StartsWith("Done.", StringComparison.Ordinal)));
        // Refused at the claim, before authorizing: the only new payments are the five orders' captured charges.
        Assert.Equal(placed.Select(o => o.PaymentAuthorizationId).Order(), payments.Select(p => p.Id).Order());
        Assert.All(payments, p => Assert.Equal(Commerce.Payments.PaymentStatus.Captured, p.Status));
    }

    [Fact]
    public async Task Confirming_faster_than_the_rate_limit_is_answered_politely_and_orders_nothing()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Purchasing:PlacementsPerMinute"] = "2" });
        using var client = host.CreateClient();
        var before = await host.DemoOrderCountAsync();

        var speeches = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var conversation = new AlexaConversation(client);
            await conversation.IntentAsync("BuyIntent", SmallOrder);
            speeches.Add((await conversation.IntentAsync("AMAZON.YesIntent")).Speech);
        }

        Assert.StartsWith("Done.", speeches[0]);
        Assert.StartsWith("Done.", speeches[1]);
        Assert.Equal("You're confirming orders faster than I can keep up, so nothing was ordered. Please try again in a minute.", speeches[2]);
        Assert.Equal(before + 2, await host.DemoOrderCountAsync());
    }

    [Fact]
    public async Task Each_order_gets_one_confirmation_message_however_often_it_is_confirmed()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();
        var conversation = new AlexaConversation(client);
        await conversation.IntentAsync("BuyIntent", SmallOrder);
        var pending = conversation.Build(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE" },
        });

        await conversation.PostAsync(pending);
        await conversation.PostAsync(pending.Replace("amzn1.echo-api.request.", "amzn1.echo-api.request.retry-", StringComparison.Ordinal));

        var order = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default))[0];
        var messages = await host.Services.GetRequiredService<INotificationOutbox>().GetNotificationsAsync(DemoData.DemoCustomerId, default);
        var message = Assert.Single(messages);
        Assert.Equal(NotificationKinds.OrderConfirmation, message.Kind);
        Assert.Contains(order.Id, message.Subject);
        Assert.Contains("paper towels", message.Body);
        Assert.Contains("500 Main Street", message.Body);

        var shown = await client.GetStringAsync($"/api/customers/{DemoData.DemoCustomerId}/notifications");
        Assert.Contains(order.Id, shown);
        Assert.Contains("\"kind\":\"order-confirmation\"", shown);
    }

    private static Task SetCodeAsync(VoiceShopHost host, string code, bool always)
    {
        _ = host.Store;
        return host.Services.GetRequiredService<VoiceCodeGate>().SetAsync(DemoData.DemoCustomerId, code, always, default);
    }

}
