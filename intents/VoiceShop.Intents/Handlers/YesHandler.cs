using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Yes": the only way money moves. A yes to a read-back places that exact pending purchase (once, however
/// often the yes arrives), after the voice code when one is needed; a yes to an offer or "anything else?"
/// carries on the conversation.
/// </summary>
public sealed class YesHandler(PurchaseConfirmation confirmation, ReorderHandler reorder, CancelOrderHandler cancelOrder) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Yes];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = context.Turn.State;
        switch (state.Awaiting)
        {
            case Awaiting.PurchaseConfirmation when state.PendingPurchaseId is { } purchaseId:
                return await confirmation.ConfirmAsync(context, purchaseId, cancellationToken);
            case Awaiting.VoiceCode when state.PendingPurchaseId is { } purchaseId:
                // "Yes" is not the code; a yes never skips it.
                return PurchaseConfirmation.AskForCode(context, purchaseId, "voiceCode.ask");
            case Awaiting.OrderCancellation when state.OrderId is { } orderId:
                return await cancelOrder.ConfirmAsync(context, orderId, cancellationToken);
            case Awaiting.ReorderOffer:
                return await reorder.HandleAsync(context with { Turn = context.Turn with { IntentName = Conversation.IntentNames.Reorder } }, cancellationToken);
            default:
                return Reply.Question(context.Say("anythingElse.yes"), context.Say("anythingElse.reprompt"), DialogState.Empty);
        }
    }
}
