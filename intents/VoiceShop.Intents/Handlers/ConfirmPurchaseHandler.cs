using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Purchasing;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Yes" to a read-back: the only way money moves. Places that exact pending purchase (once, however often
/// the yes arrives), after the voice code when one is needed.
/// </summary>
public sealed class ConfirmPurchaseHandler(PurchaseConfirmation confirmation) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Yes];

    public Awaiting? Answers => Awaiting.PurchaseConfirmation;

    public bool NeedsAccount => true;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.Turn.State.PendingPurchaseId is { } purchaseId
            ? confirmation.ConfirmAsync(context, purchaseId, cancellationToken)
            : Task.FromResult(YesHandler.CarryOn(context));
}
