using NodaTime;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// The one path by which a confirmed purchase becomes an order, shared by "yes" and the voice code: rate
/// limit, lock and voice-code checks first (evaluated here from the store, never trusted from the session),
/// then placement, then the order-confirmation message.
/// </summary>
public sealed class PurchaseConfirmation(
    PurchaseService purchases,
    IOrderStore orders,
    VoiceCodeGate voiceCodes,
    PurchaseRateLimiter rateLimiter,
    INotificationSender notifications,
    IClock clock)
{
    /// <summary>A yes to the read-back of <paramref name="purchaseId"/>: ask for the voice code when needed, else place it.</summary>
    public async Task<Reply> ConfirmAsync(TurnContext context, string purchaseId, CancellationToken cancellationToken)
    {
        if (!rateLimiter.TryAcquire(context.Shopper.Id, context.Turn.ClientAddress))
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
            : await purchases.PlaceAsync(context.Shopper, purchase, cancellationToken);
        return await AnswerAsync(context, result, cancellationToken);
    }

    /// <summary>The voice code for <paramref name="purchaseId"/>: place on a match, ask again, or lock.</summary>
    public async Task<Reply> CheckCodeAsync(TurnContext context, string purchaseId, string? spokenCode, CancellationToken cancellationToken)
    {
        if (!rateLimiter.TryAcquire(context.Shopper.Id, context.Turn.ClientAddress))
        {
            return Reply.Statement(context.Say("order.tooFast"));
        }

        switch (await voiceCodes.CheckAsync(context.Shopper, spokenCode, cancellationToken))
        {
            case VoiceCodeCheck.Accepted:
                return await AnswerAsync(context, await purchases.PlaceAsync(context.Shopper, purchaseId, cancellationToken), cancellationToken);
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

    /// <summary>The reply to a placement, after sending the order confirmation when it was placed.</summary>
    private async Task<Reply> AnswerAsync(TurnContext context, PlacementResult result, CancellationToken cancellationToken)
    {
        if (result is PlacementResult.Placed placed)
        {
            // Also on a repeat: if the first attempt died before sending, this sends it; the id keeps it to one.
            await notifications.SendAsync(OrderConfirmationMessage.For(placed.Order, context.Shopper, context, clock.GetCurrentInstant()), cancellationToken);
        }

        return ReplyFor(context, result);
    }

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
