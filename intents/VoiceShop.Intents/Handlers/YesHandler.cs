using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Yes": the only way money moves. A yes to a read-back places that exact pending purchase (once, however
/// often the yes arrives); a yes to an offer or "anything else?" carries on the conversation.
/// </summary>
public sealed class YesHandler(PurchaseService purchases, ReorderHandler reorder, CancelOrderHandler cancelOrder) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Yes];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = context.Turn.State;
        switch (state.Awaiting)
        {
            case Awaiting.PurchaseConfirmation when state.PendingPurchaseId is { } purchaseId:
                return Placed(context, await purchases.PlaceAsync(context.Shopper, purchaseId, cancellationToken));
            case Awaiting.OrderCancellation when state.OrderId is { } orderId:
                return await cancelOrder.ConfirmAsync(context, orderId, cancellationToken);
            case Awaiting.ReorderOffer:
                return await reorder.HandleAsync(context with { Turn = context.Turn with { IntentName = Conversation.IntentNames.Reorder } }, cancellationToken);
            default:
                return Reply.Question(context.Say("anythingElse.yes"), context.Say("anythingElse.reprompt"), DialogState.Empty);
        }
    }

    private static Reply Placed(TurnContext context, PlacementResult result) => result switch
    {
        PlacementResult.Placed placed => Reply.Statement(
                context.Say("order.placed", new Dictionary<string, SpeechNode> { ["day"] = context.Day(placed.Order.ExpectedDelivery) }))
            with
        { Card = OrderCard.For(placed.Order, context), PlacedOrderId = placed.Order.Id },
        PlacementResult.Declined => Reply.Statement(context.Say("order.declined")),
        PlacementResult.OutOfStock outOfStock => PurchaseReplies.OutOfStock(context, outOfStock.ProductName),
        PlacementResult.OverLimit overLimit => PurchaseReplies.OverLimit(context, overLimit.Limit),
        PlacementResult.InProgress => Reply.Statement(context.Say("order.inProgress")),
        PlacementResult.NotFound => Reply.Question(context.Say("order.expired"), context.Say("anythingElse.reprompt"), DialogState.Empty),
        _ => throw new InvalidOperationException($"Unexpected placement result {result.GetType().Name}."),
    };
}
