using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// Anything VoiceShop does not understand. In the middle of a read-back it asks again for yes or no
/// (never guessing with money); otherwise it says what it can do.
/// </summary>
public sealed class FallbackHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Fallback];

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = context.Turn.State;
        return Task.FromResult(state.Awaiting == Awaiting.PurchaseConfirmation
            ? Reply.Question(context.Say("confirm.notUnderstood"), context.Say("confirm.reprompt"), state)
            : Reply.Statement(context.Say("fallback")));
    }
}
