using NodaTime;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Handlers;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Purchasing;

/// <summary>
/// The one path by which a confirmed purchase becomes an order, shared by "yes" and the voice code: rate
/// limit, lock and voice-code checks first (evaluated here from the store, never trusted from the session),
/// then placement, which keeps the order-confirmation message in the order's own transaction.
/// </summary>
public sealed class PurchaseConfirmation(
    PurchaseService purchases,
    IOrderStore orders,
    VoiceCodeGate voiceCodes,
    PurchaseRateLimiter rateLimiter,
    IClock clock)
{
    /// <summary>A yes to the read-back of <paramref name="purchaseId"/>: ask for the voice code when needed, else place it.</summary>
    public async Task<Reply> ConfirmAsync(TurnContext context, string purchaseId, CancellationToken cancellationToken)
    {
        if (!rateLimiter.TryAcquire(context.Shopper.Id, context.Turn))
        {
            return Reply.Statement(context.Say("order.tooFast"));
        }

        var purchase = await orders.GetPendingPurchaseAsync(purchaseId, cancellationToken);
        if (purchase is { Status: PendingPurchaseStatus.Pending or PendingPurchaseStatus.Placing } && purchase.CustomerId == context.Shopper.Id)
        {
            switch (await voiceCodes.RequirementAsync(context.Shopper, purchase.Total, cancellationToken))
            {
                case VoiceCodeRequirement.Locked:
                    await purchases.AbandonAsync(purchaseId, cancellationToken);
                    return Reply.Statement(context.Say("voiceCode.locked"));
                case VoiceCodeRequirement.Required:
                    return AskForCode(context, purchaseId, "voiceCode.ask");
            }
        }

        // The purchase just read goes along: placing it needs no second read.
        var result = purchase is null
            ? new PlacementResult.NotFound()
            : await purchases.PlaceAsync(context.Shopper, purchase, ConfirmationFor(context), cancellationToken);
        return ReplyFor(context, result);
    }

    /// <summary>The voice code for <paramref name="purchaseId"/>: place on a match, ask again, or lock.</summary>
    public async Task<Reply> CheckCodeAsync(TurnContext context, string purchaseId, string? spokenCode, CancellationToken cancellationToken)
    {
        if (!rateLimiter.TryAcquire(context.Shopper.Id, context.Turn))
        {
            return Reply.Statement(context.Say("order.tooFast"));
        }

        switch (await voiceCodes.CheckAsync(context.Shopper, spokenCode, cancellationToken))
        {
            case VoiceCodeCheck.Accepted:
                return ReplyFor(context, await purchases.PlaceAsync(context.Shopper, purchaseId, ConfirmationFor(context), cancellationToken));
            case VoiceCodeCheck.Wrong:
                return AskForCode(context, purchaseId, "voiceCode.wrong");
            case VoiceCodeCheck.Locked:
                await purchases.AbandonAsync(purchaseId, cancellationToken);
                return Reply.Statement(context.Say("voiceCode.locked"));
            default:
                // The code was removed since we asked: decide afresh.
                return await ConfirmAsync(context, purchaseId, cancellationToken);
        }
    }

    /// <summary>Asks for the voice code and remembers which purchase it confirms.</summary>
    public static Reply AskForCode(TurnContext context, string purchaseId, string promptKey) =>
        Reply.Question(context.Say(promptKey), context.Say("voiceCode.reprompt"), new DialogState(Awaiting.VoiceCode, purchaseId));

    /// <summary>Words the order-confirmation message in the shopper's language, for the order being placed.</summary>
    private Func<Order, Notification> ConfirmationFor(TurnContext context) =>
        order => OrderConfirmationMessage.For(order, context.Shopper, context, clock.GetCurrentInstant());

    private static Reply ReplyFor(TurnContext context, PlacementResult result) => result switch
    {
        PlacementResult.Placed placed => Reply.Statement(
                context.Say("order.placed", new Dictionary<string, SpeechNode> { ["day"] = context.Day(placed.Order.ExpectedDelivery) }))
            with
        { Card = OrderCard.For(placed.Order, context), PlacedOrderId = placed.Order.Id },
        PlacementResult.Declined => Reply.Statement(context.Say("order.declined")),
        PlacementResult.OutOfStock outOfStock => PurchaseReplies.OutOfStock(context, outOfStock.ProductName),
        PlacementResult.OverLimit overLimit => PurchaseReplies.OverLimit(context, overLimit.Limit),
        PlacementResult.OverDailyLimit overDaily => Reply.Statement(
            context.Say("order.overDailyLimit", new Dictionary<string, SpeechNode> { ["limit"] = new SpeechNode.Amount(overDaily.Limit.Amount, overDaily.Limit.Currency) })),
        PlacementResult.InProgress => Reply.Statement(context.Say("order.inProgress")),
        PlacementResult.NotFound => Reply.Question(context.Say("order.expired"), context.Say("anythingElse.reprompt"), DialogState.Empty),
        _ => throw new InvalidOperationException($"Unexpected placement result {result.GetType().Name}."),
    };
}
