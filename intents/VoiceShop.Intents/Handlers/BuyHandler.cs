using System.Globalization;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Intents.Understanding;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Buy two packs of AA batteries": find the product (asking when it is missing, unknown or ambiguous),
/// then read back product, quantity, total and delivery day for a yes. "Buy oat milk and paper towels" reads
/// back every line at once, for one yes and one order.
/// </summary>
public sealed class BuyHandler(PurchaseService purchases, PurchaseOptions options, ICatalogStore catalog) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Buy];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var quantity = SlotReading.Quantity(turn);
        var product = SlotReading.Product(turn);
        if (product is null)
        {
            return PurchaseReplies.AskForProduct(context, null, Conversation.IntentNames.Buy, HeldQuantity(quantity));
        }

        if (product.SpokenName is { } spoken && SpokenItemList.Read(spoken, null, EmptyUnits).Count > 1)
        {
            return await BuySeveralAsync(context, cancellationToken);
        }

        if (quantity is null)
        {
            return AskForQuantity(context, product);
        }

        var quote = await purchases.QuoteBuyAsync(context.Shopper, product, quantity.Value, cancellationToken);
        return quote switch
        {
            PurchaseQuote.Ready ready => PurchaseReplies.ReadBack(
                context,
                ready.Purchase,
                ShoppingPhrases.IsPlural(ready.Purchase.Lines) ? "buy.readBackMany" : "buy.readBackOne"),
            PurchaseQuote.OutOfStock outOfStock => PurchaseReplies.OutOfStock(context, outOfStock.ProductName),
            PurchaseQuote.OverLimit overLimit => PurchaseReplies.OverLimit(context, overLimit.Limit),
            PurchaseQuote.ProductNotResolved unresolved => PurchaseReplies.AskForProduct(context, unresolved.Match, Conversation.IntentNames.Buy, HeldQuantity(quantity)),
            PurchaseQuote.QuantityNotAllowed => AskForQuantity(context, product),
            _ => throw new InvalidOperationException($"Unexpected buy quote {quote.GetType().Name}."),
        };
    }

    /// <summary>Several products in one sentence: one read-back of every line we sell, naming any we don't.</summary>
    private async Task<Reply> BuySeveralAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var requested = RequestedItems.Read(context.Turn, await catalog.GetProductsAsync(cancellationToken));
        if (requested.Ambiguous is { } ambiguous)
        {
            return PurchaseReplies.AskForProduct(context, ambiguous, Conversation.IntentNames.Buy);
        }

        if (requested.Found.Count == 0)
        {
            // Nothing we sell: name what was said, as said, like any unknown product.
            return PurchaseReplies.AskForProduct(context, new ProductMatch.NotFound(SlotReading.Product(context.Turn)?.SpokenName ?? ""), Conversation.IntentNames.Buy);
        }

        var quote = await purchases.QuoteItemsAsync(context.Shopper, requested.Found, cancellationToken);
        var notFound = requested.Unknown.Count == 0
            ? null
            : context.Say("cart.notFound", new Dictionary<string, SpeechNode> { ["unknown"] = CartReplies.Quoted(requested.Unknown) });
        return quote switch
        {
            PurchaseQuote.Ready ready => PurchaseReplies.ReadBack(
                context,
                ready.Purchase,
                ShoppingPhrases.IsPlural(ready.Purchase.Lines) ? "buy.readBackMany" : "buy.readBackOne",
                notFound),
            PurchaseQuote.OutOfStock outOfStock => PurchaseReplies.OutOfStock(context, outOfStock.ProductName),
            PurchaseQuote.OverLimit overLimit => PurchaseReplies.OverLimit(context, overLimit.Limit),
            PurchaseQuote.QuantityNotAllowed notAllowed => Reply.Statement(
                context.Say("buy.tooManyOfOne", new Dictionary<string, SpeechNode> { ["max"] = new SpeechNode.Number(notAllowed.Maximum) })),
            _ => throw new InvalidOperationException($"Unexpected buy quote {quote.GetType().Name}."),
        };
    }

    private Reply AskForQuantity(TurnContext context, ProductRequest product)
    {
        var held = new Dictionary<string, string> { [SlotNames.Product] = product.SpokenName ?? product.Sku ?? "" };
        var state = new DialogState(Awaiting.SlotValue, ElicitIntent: Conversation.IntentNames.Buy, ElicitSlot: SlotNames.Quantity, HeldSlots: held);
        return Reply.Question(
            context.Say("buy.askQuantity", new Dictionary<string, SpeechNode> { ["max"] = new SpeechNode.Number(options.MaxQuantityPerLine) }),
            context.Say("buy.askQuantity.reprompt"),
            state) with
        { Elicit = new SlotElicitation(Conversation.IntentNames.Buy, SlotNames.Quantity) };
    }

    /// <summary>Only the count of items matters when deciding whether the words are a list.</summary>
    private static readonly HashSet<string> EmptyUnits = [];

    private static Dictionary<string, string>? HeldQuantity(int? quantity) =>
        quantity is > 1 ? new Dictionary<string, string> { [SlotNames.Quantity] = quantity.Value.ToString(CultureInfo.InvariantCulture) } : null;
}
