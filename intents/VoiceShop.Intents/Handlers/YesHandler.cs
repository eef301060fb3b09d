using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Yes" when nothing particular was asked, such as to "Anything else?": carry on. A yes to a read-back, a
/// voice-code request or a cancellation has its own handler (see <see cref="IIntentHandler.Answers"/>).
/// </summary>
public sealed class YesHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Yes];

    public bool NeedsAccount => true;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) => Task.FromResult(CarryOn(context));

    /// <summary>"What would you like?": the answer to a yes that confirms nothing.</summary>
    internal static Reply CarryOn(TurnContext context) =>
        Reply.Question(context.Say("anythingElse.yes"), context.Say("anythingElse.reprompt"), DialogState.Empty);
}
