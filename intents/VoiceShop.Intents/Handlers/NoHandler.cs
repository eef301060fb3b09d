using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>"No": drops a pending purchase and says nothing was ordered; otherwise ends politely.</summary>
public sealed class NoHandler(PurchaseService purchases) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.No];

    public bool NeedsAccount => false;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.State is { Awaiting: Awaiting.PurchaseConfirmation or Awaiting.VoiceCode, PendingPurchaseId: { } purchaseId })
        {
            await purchases.AbandonAsync(purchaseId, cancellationToken);
            return context.Turn.Device.Brief
                ? Reply.Statement(context.Say("order.denied"))
                : Reply.Question(context.Say("order.denied"), context.Say("anythingElse.reprompt"), new DialogState(Awaiting.AnythingElse));
        }

        if (context.Turn.State.Awaiting == Awaiting.OrderCancellation)
        {
            return Reply.Statement(context.Say("cancelOrder.kept"));
        }

        return Reply.Statement(context.Say("goodbye"));
    }
}
