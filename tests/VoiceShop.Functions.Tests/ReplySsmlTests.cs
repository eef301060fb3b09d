using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VoiceShop.Commerce;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Tests;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Every handler and error path, driven through the host's real conversation engine and store, rendered in
/// every dialect, locale and device mode: each document must be well-formed and use only what its platform
/// accepts, and hostile product names and slot text must come out escaped.
/// </summary>
public sealed class ReplySsmlTests : IAsyncLifetime
{
    private const string HostileName = "Salt & Pepper <Grinder> \"Deluxe\"® 1/2 lb";
    private const string HostileSlot = "</speak><audio src=\"https://evil.example/x.mp3\"/> & co";

    private static readonly (string Name, SsmlDialect Dialect)[] Dialects =
        [("alexa", SsmlDialect.Alexa), ("google", SsmlDialect.Google), ("azure", SsmlDialect.Azure), ("espeak", SsmlDialect.Espeak)];

    private readonly VoiceShopHost _host = new();

    public async Task InitializeAsync()
    {
        _ = _host.Server;
        var price = new Money(12.5m, "USD");
        await _host.Store.UpsertProductsAsync(
            [
                new Product("HOSTILE-1", HostileName, ["grinder deluxe"], price, "kitchen", new Dictionary<string, string>(), Stock: 50, Unit: "jar"),
                new Product("EMPTY-1", "Oat & Honey Bars", ["oat bars"], price, "pantry", new Dictionary<string, string>(), Stock: 0, Unit: "box"),
            ],
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("en-US", false)]
    [InlineData("en-US", true)]
    [InlineData("en-GB", false)]
    [InlineData("en-GB", true)]
    public async Task Every_reply_is_valid_ssml_on_every_platform(string locale, bool brief)
    {
        var replies = await DriveEveryPathAsync(locale, brief);

        Assert.True(replies.Count >= 20, $"only {replies.Count} replies were produced");
        foreach (var (label, speech) in replies)
        {
            foreach (var (name, dialect) in Dialects)
            {
                var ssml = SsmlRenderer.ToSsml(speech, dialect, SpeechLocale.For(locale));
                var problems = SsmlRules.Violations(ssml, name);
                Assert.True(problems.Count == 0, $"{label} in {name}: {string.Join("; ", problems)}\n{ssml}");
            }
        }
    }

    [Fact]
    public async Task Hostile_product_names_and_slot_text_are_escaped()
    {
        var replies = (await DriveEveryPathAsync("en-US", brief: false)).ToDictionary(r => r.Label, r => r.Speech);

        foreach (var (name, dialect) in Dialects)
        {
            var readBack = SsmlRenderer.ToSsml(replies["buy hostile"], dialect, SpeechLocale.EnUs);
            Assert.Contains("Salt and Pepper &lt;Grinder&gt; &quot;Deluxe&quot; half lb", readBack);
            Assert.Contains("Salt and Pepper <Grinder> \"Deluxe\" half lb", SsmlRules.SpokenText(readBack));

            var unknown = SsmlRenderer.ToSsml(replies["buy unknown"], dialect, SpeechLocale.EnUs);
            Assert.DoesNotContain("evil.example/x.mp3\"/>", unknown);
            Assert.Contains(HostileSlot, SsmlRules.SpokenText(unknown));
        }
    }

    /// <summary>Drives each handler and error path once; returns each reply's speech and reprompt with a label.</summary>
    private async Task<List<(string Label, SpeechNode Speech)>> DriveEveryPathAsync(string locale, bool brief)
    {
        var engine = _host.Services.GetRequiredService<ConversationEngine>();
        var replies = new List<(string, SpeechNode)>();
        var session = 0;

        async Task<Reply> Say(string label, string intent, DialogState? state = null, Dictionary<string, string>? slots = null, bool linked = true)
        {
            var turn = new Turn(
                "alexa",
                locale,
                $"session-{session++}",
                Guid.NewGuid().ToString(),
                intent,
                (slots ?? []).ToDictionary(kv => kv.Key, kv => new SlotValue(kv.Value)),
                Confirmation.None,
                linked ? new PlatformIdentity(PlatformIdentity.Alexa, DemoData.DemoAccessToken) : null,
                state ?? DialogState.Empty,
                new DeviceProfile(HasScreen: false, Brief: brief));
            var reply = await engine.HandleAsync(turn, CancellationToken.None);
            replies.Add((label, reply.Speech));
            if (reply.Reprompt is { } reprompt)
            {
                replies.Add((label + " reprompt", reprompt));
            }

            return reply;
        }

        await Say("launch", IntentNames.Launch);
        await Say("launch unlinked", IntentNames.Launch, linked: false);
        await Say("status unlinked", IntentNames.OrderStatus, linked: false);
        var reorder = await Say("reorder", IntentNames.Reorder);
        await Say("reorder no", IntentNames.No, reorder.State);
        await Say("reorder yes", IntentNames.Yes, reorder.State);
        await Say("reorder product", IntentNames.Reorder, slots: new() { [SlotNames.Product] = "coffee pods" });
        await Say("reorder never bought", IntentNames.Reorder, slots: new() { [SlotNames.Product] = "grinder deluxe" });
        var buy = await Say("buy hostile", IntentNames.Buy, slots: new() { [SlotNames.Product] = "grinder deluxe", [SlotNames.Quantity] = "2" });
        await Say("buy hostile yes", IntentNames.Yes, buy.State);
        await Say("yes again", IntentNames.Yes, buy.State);
        await Say("buy one", IntentNames.Buy, slots: new() { [SlotNames.Product] = "AA batteries" });
        await Say("buy unknown", IntentNames.Buy, slots: new() { [SlotNames.Product] = HostileSlot });
        await Say("buy ambiguous", IntentNames.Buy, slots: new() { [SlotNames.Product] = "batteries" });
        await Say("buy no product", IntentNames.Buy);
        await Say("buy unheard quantity", IntentNames.Buy, slots: new() { [SlotNames.Product] = "AA batteries", [SlotNames.Quantity] = "?" });
        await Say("buy too many", IntentNames.Buy, slots: new() { [SlotNames.Product] = "AA batteries", [SlotNames.Quantity] = "500" });
        await Say("buy out of stock", IntentNames.Buy, slots: new() { [SlotNames.Product] = "oat bars" });
        await Say("status", IntentNames.OrderStatus);
        await Say("status product", IntentNames.OrderStatus, slots: new() { [SlotNames.Product] = "grinder deluxe" });
        await Say("status unknown product", IntentNames.OrderStatus, slots: new() { [SlotNames.Product] = HostileSlot });
        await Say("help", IntentNames.Help);
        await Say("stop", IntentNames.Stop);
        await Say("stop pending", IntentNames.Stop, new DialogState(Awaiting.PurchaseConfirmation, "missing-purchase"));
        await Say("cancel", IntentNames.Cancel);
        await Say("fallback", IntentNames.Fallback);
        await Say("unknown intent", "SomethingElseIntent");
        await Say("yes to nothing", IntentNames.Yes);
        await Say("no to nothing", IntentNames.No);
        await Say("yes to expired", IntentNames.Yes, new DialogState(Awaiting.PurchaseConfirmation, "missing-purchase"));
        await Say("session ended", IntentNames.SessionEnded);

        // The error path: a handler that throws must turn into the spoken apology.
        var failing = new ConversationEngine(
            [new ThrowingHandler(), .. _host.Services.GetServices<IIntentHandler>()],
            _host.Store,
            _host.Services.GetRequiredService<PromptBook>(),
            _host.Services.GetRequiredService<IClock>(),
            NullLogger<ConversationEngine>.Instance);
        var error = await failing.HandleAsync(
            new Turn("alexa", locale, "s", "r", "ThrowIntent", new Dictionary<string, SlotValue>(), Confirmation.None, null, DialogState.Empty, new DeviceProfile(false, brief)),
            CancellationToken.None);
        replies.Add(("error", error.Speech));
        Assert.Contains("nothing was ordered", SsmlRenderer.ToPlainText(error.Speech, SpeechLocale.For(locale)), StringComparison.OrdinalIgnoreCase);
        return replies;
    }

    private sealed class ThrowingHandler : IIntentHandler
    {
        public IReadOnlyList<string> IntentNames { get; } = ["ThrowIntent"];

        public bool NeedsAccount => false;

        public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }
}
