using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>Help during a read-back: says how to answer it, and the purchase stays pending.</summary>
public sealed class HelpWithPurchaseHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Help];

    public Awaiting? Answers => Awaiting.PurchaseConfirmation;

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Question(context.Say("confirm.reprompt"), context.Say("confirm.reprompt"), context.Turn.State));
}
