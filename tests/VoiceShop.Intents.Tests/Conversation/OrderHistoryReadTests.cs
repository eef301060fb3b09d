using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Tests;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Tests.Conversation;

/// <summary>The engine reads the order history with the shopper only for handlers that say they read it.</summary>
public sealed class OrderHistoryReadTests : IAsyncLifetime
{
    private readonly TempSqliteStore _temp = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 24, 15, 0));

    public async Task InitializeAsync()
    {
        await _temp.InitializeAsync();
        await DemoData.SeedIfEmptyAsync(_temp.Store, _clock, CancellationToken.None);
    }

    public Task DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task A_handler_that_reads_the_history_gets_the_shoppers_orders_newest_first()
    {
        var handler = new ProbeHandler(needsOrderHistory: true);

        await EngineWith(handler).HandleAsync(Turn(), CancellationToken.None);

        var expected = await _temp.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(o => o.Id), handler.Seen!.OrderHistory.Select(o => o.Id));
        Assert.Equal(DemoData.DemoCustomerId, handler.Seen.Shopper.Id);
    }

    [Fact]
    public async Task A_handler_that_did_not_ask_for_the_history_cannot_read_it()
    {
        var handler = new ProbeHandler(needsOrderHistory: false);

        await EngineWith(handler).HandleAsync(Turn(), CancellationToken.None);

        Assert.Equal(DemoData.DemoCustomerId, handler.Seen!.Shopper.Id);
        Assert.Throws<InvalidOperationException>(() => handler.Seen.OrderHistory);
    }

    private ConversationEngine EngineWith(IIntentHandler handler) =>
        new([handler], _temp.Store, PromptBook.Load(), _clock, NullLogger<ConversationEngine>.Instance);

    private static Turn Turn() => new(
        "alexa", "en-US", "session-1", "request-1", IntentNames.Fallback, new Dictionary<string, SlotValue>(), Confirmation.None,
        new PlatformIdentity("alexa", DemoData.DemoAccessToken), DialogState.Empty, DeviceProfile.SmartSpeaker);

    /// <summary>Answers the fallback intent and keeps the context it was given.</summary>
    private sealed class ProbeHandler(bool needsOrderHistory) : IIntentHandler
    {
        public TurnContext? Seen { get; private set; }

        public IReadOnlyList<string> IntentNames { get; } = [Intents.Conversation.IntentNames.Fallback];

        public bool NeedsAccount => true;

        public bool NeedsOrderHistory => needsOrderHistory;

        public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
        {
            Seen = context;
            return Task.FromResult(Reply.Statement("Okay."));
        }
    }
}
