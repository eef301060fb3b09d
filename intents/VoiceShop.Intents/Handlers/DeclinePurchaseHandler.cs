using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "No" to a read-back (or when the voice code was asked for): drops the pending purchase and says nothing
/// was ordered. Registered once per state it answers.
/// </summary>
public sealed class DeclinePurchaseHandler(PurchaseService purchases, Awaiting answers) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.No];

    public Awaiting? Answers => answers;

    public bool NeedsAccount => false;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.State.PendingPurchaseId is not { } purchaseId)
        {
            return Reply.Statement(context.Say("goodbye"));
        }

        await purchases.AbandonAsync(purchaseId, cancellationToken);
        return context.Turn.Device.Brief
            ? Reply.Statement(context.Say("order.denied"))
            : Reply.Question(context.Say("order.denied"), context.Say("anythingElse.reprompt"), new DialogState(Awaiting.AnythingElse));
    }
}
