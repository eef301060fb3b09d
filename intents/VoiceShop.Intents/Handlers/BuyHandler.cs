using System.Globalization;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Add two packs of AA batteries": find the product (asking when it is missing, unknown or ambiguous),
/// then read back product, quantity, total and delivery day for a yes.
/// </summary>
public sealed class BuyHandler(PurchaseService purchases, PurchaseOptions options) : IIntentHandler
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

    private static Dictionary<string, string>? HeldQuantity(int? quantity) =>
        quantity is > 1 ? new Dictionary<string, string> { [SlotNames.Quantity] = quantity.Value.ToString(CultureInfo.InvariantCulture) } : null;
}
