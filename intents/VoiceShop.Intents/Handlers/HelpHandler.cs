using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>Says what VoiceShop can do, with an example, and keeps listening. A pending purchase stays pending.</summary>
public sealed class HelpHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Help];

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = context.Turn.State;
        return Task.FromResult(state.Awaiting == Awaiting.PurchaseConfirmation
            ? Reply.Question(context.Say("confirm.reprompt"), context.Say("confirm.reprompt"), state)
            : Reply.Question(context.Say("help"), context.Say("help.reprompt"), DialogState.Empty));
    }
}
