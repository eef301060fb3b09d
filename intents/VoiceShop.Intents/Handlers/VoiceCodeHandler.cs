using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Purchasing;

namespace VoiceShop.Intents.Handlers;

/// <summary>"One two three four": the voice code that confirms a purchase, when one was asked for.</summary>
public sealed class VoiceCodeHandler(PurchaseConfirmation confirmation) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.VoiceCode];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.State is { Awaiting: Awaiting.VoiceCode, PendingPurchaseId: { } purchaseId })
        {
            var spoken = context.Turn.Slot(SlotNames.Code)?.Spoken;
            return await confirmation.CheckCodeAsync(context, purchaseId, spoken, cancellationToken);
        }

        // Digits out of the blue are not a purchase.
        return Reply.Statement(context.Say("fallback"));
    }
}
