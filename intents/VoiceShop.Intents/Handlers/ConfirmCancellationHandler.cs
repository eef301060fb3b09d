using VoiceShop.Commerce.Orders;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>"Yes" to "Cancel it?": cancels the order asked about, or says plainly why it could not.</summary>
public sealed class ConfirmCancellationHandler(OrderCancellation cancellation) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Yes];

    public Awaiting? Answers => Awaiting.OrderCancellation;

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.State.OrderId is not { } orderId)
        {
            return YesHandler.CarryOn(context);
        }

        return await cancellation.CancelAsync(context.Shopper, orderId, cancellationToken) switch
        {
            CancellationResult.Cancelled => Reply.Statement(context.Say("cancelOrder.done")),
            CancellationResult.AlreadyShipped when await cancellation.FindCandidateAsync(context.Shopper, null, cancellationToken) is { } order && order.Id == orderId
                => CancelOrderHandler.Shipped(context, order),
            _ => Reply.Statement(context.Say("cancelOrder.none")),
        };
    }
}
