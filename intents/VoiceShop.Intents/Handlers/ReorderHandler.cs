using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Order my coffee pods again": the last order again, or the last line with the named product, at today's
/// price and stock, read back for a yes.
/// </summary>
public sealed class ReorderHandler(PurchaseService purchases) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Reorder];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var product = SlotReading.Product(context.Turn);
        var quote = await purchases.QuoteReorderAsync(context.Shopper, product, cancellationToken);
        return quote switch
        {
            PurchaseQuote.Ready ready => PurchaseReplies.ReadBack(
                context,
                ready.Purchase,
                product is null ? "reorder.readBack" : "reorder.readBackProduct",
                LeftOut(context, ready.LeftOut)),
            PurchaseQuote.NeverOrdered never => OfferFirstPurchase(context, never.Offer),
            PurchaseQuote.NoPreviousOrder => PurchaseReplies.AskForProduct(context, null, Conversation.IntentNames.Buy) with
            {
                Speech = context.Say("reorder.noPreviousOrder"),
            },
            PurchaseQuote.OutOfStock outOfStock => PurchaseReplies.OutOfStock(context, outOfStock.ProductName),
            PurchaseQuote.OverLimit overLimit => PurchaseReplies.OverLimit(context, overLimit.Limit),
            PurchaseQuote.ProductNotResolved unresolved => PurchaseReplies.AskForProduct(context, unresolved.Match, Conversation.IntentNames.Reorder),
            _ => throw new InvalidOperationException($"Unexpected reorder quote {quote.GetType().Name}."),
        };
    }

    private static Reply OfferFirstPurchase(TurnContext context, PendingPurchase offer)
    {
        var line = offer.Lines[0];
        var key = string.IsNullOrEmpty(line.Unit) ? "reorder.neverOrderedNoUnit" : "reorder.neverOrdered";
        var speech = context.Say(key, new Dictionary<string, SpeechNode>
        {
            ["product"] = new SpeechNode.Name(line.ProductName),
            ["price"] = new SpeechNode.Amount(line.UnitPrice.Amount, line.UnitPrice.Currency),
            ["unit"] = line.Unit,
        });
        return PurchaseReplies.AskToConfirm(context, speech, offer);
    }

    private static SpeechNode? LeftOut(TurnContext context, IReadOnlyList<string> leftOut) => leftOut.Count switch
    {
        0 => null,
        1 => context.Say("reorder.leftOutOne", new Dictionary<string, SpeechNode> { ["products"] = new SpeechNode.Name(leftOut[0]) }),
        _ => context.Say("reorder.leftOutMany", new Dictionary<string, SpeechNode>
        {
            ["products"] = new SpeechNode.List(leftOut.Select(name => (SpeechNode)new SpeechNode.Name(name)).ToList()),
        }),
    };
}
