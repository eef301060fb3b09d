using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Tests;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Tests.Conversation;

/// <summary>The engine picks a handler by (intent, what the last reply waited for), then by intent alone.</summary>
public sealed class DispatchTests : IAsyncLifetime
{
    private readonly TempSqliteStore _temp = new();

    public Task InitializeAsync() => _temp.InitializeAsync();

    public Task DisposeAsync() => _temp.DisposeAsync();

    [Theory]
    [InlineData(Awaiting.OrderCancellation, "yes to a cancellation")]
    [InlineData(Awaiting.PurchaseConfirmation, "yes to a read-back")]
    [InlineData(Awaiting.AnythingElse, "yes to anything")]
    [InlineData(Awaiting.Nothing, "yes to anything")]
    public async Task The_state_chooses_among_handlers_of_one_intent(Awaiting awaiting, string expected)
    {
        IIntentHandler[] handlers =
        [
            new Saying(IntentNames.Yes, null, "yes to anything"),
            new Saying(IntentNames.Yes, Awaiting.OrderCancellation, "yes to a cancellation"),
            new Saying(IntentNames.Yes, Awaiting.PurchaseConfirmation, "yes to a read-back"),
            new Saying(IntentNames.Fallback, null, "fallback"),
        ];
        var engine = new ConversationEngine(handlers, _temp.Store, PromptBook.Load(), new FakeClock(Instant.FromUtc(2026, 11, 24, 18, 0)), NullLogger<ConversationEngine>.Instance);

        var reply = await engine.HandleAsync(Turn(IntentNames.Yes, new DialogState(awaiting)), CancellationToken.None);

        Assert.Equal(new SpeechNode.Text(expected), reply.Speech);
    }

    [Fact]
    public async Task An_intent_without_a_handler_in_any_state_falls_back()
    {
        IIntentHandler[] handlers = [new Saying(IntentNames.Yes, Awaiting.OrderCancellation, "yes to a cancellation"), new Saying(IntentNames.Fallback, null, "fallback")];
        var engine = new ConversationEngine(handlers, _temp.Store, PromptBook.Load(), new FakeClock(Instant.FromUtc(2026, 11, 24, 18, 0)), NullLogger<ConversationEngine>.Instance);

        var reply = await engine.HandleAsync(Turn(IntentNames.Yes, DialogState.Empty), CancellationToken.None);

        Assert.Equal(new SpeechNode.Text("fallback"), reply.Speech);
    }

    private static Turn Turn(string intent, DialogState state) => new(
        "text", "en-US", "session-1", "request-1", intent, new Dictionary<string, SlotValue>(), Confirmation.None, null, state, DeviceProfile.SmartSpeaker);

    private sealed class Saying(string intent, Awaiting? answers, string words) : IIntentHandler
    {
        public IReadOnlyList<string> IntentNames { get; } = [intent];

        public Awaiting? Answers => answers;

        public bool NeedsAccount => false;

        public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
            Task.FromResult(Reply.Statement(new SpeechNode.Text(words)));
    }
}
