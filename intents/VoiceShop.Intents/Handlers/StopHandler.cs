using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>Stop, cancel, or go home: say goodbye, and say plainly that a pending purchase was not ordered.</summary>
public sealed class StopHandler(PurchaseService purchases) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Stop, Conversation.IntentNames.Cancel, Conversation.IntentNames.NavigateHome];

    public bool NeedsAccount => false;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.State is { Awaiting: Awaiting.PurchaseConfirmation or Awaiting.VoiceCode, PendingPurchaseId: { } purchaseId })
        {
            await purchases.AbandonAsync(purchaseId, cancellationToken);
            return Reply.Statement(context.Say("goodbye.pending"));
        }

        return Reply.Statement(context.Say("goodbye"));
    }
}
