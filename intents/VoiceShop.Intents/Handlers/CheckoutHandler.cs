using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Check out", "order my cart": the whole cart read back once (items, total, delivery day) as one pending
/// purchase, so one yes places one order with every line through the usual purchase safety. The cart is
/// emptied by that order's own transaction; if anything stops the order, the cart is kept as it is.
/// </summary>
public sealed class CheckoutHandler(CartService carts) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = Conversation.IntentNames.Checkout;

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // Priced, not just read: a cart holding only products no longer sold has nothing to check out.
        var priced = await carts.PriceAsync(await carts.GetAsync(context.Shopper.Id, cancellationToken), cancellationToken);
        if (priced.IsEmpty)
        {
            return CartReplies.Empty(context);
        }

        var quote = await carts.QuoteCheckoutAsync(context.Shopper, cancellationToken);
        return quote switch
        {
            PurchaseQuote.Ready ready => PurchaseReplies.ReadBack(
                context,
                ready.Purchase,
                ShoppingPhrases.IsPlural(ready.Purchase.Lines) ? "buy.readBackMany" : "buy.readBackOne"),
            PurchaseQuote.OutOfStock outOfStock => Reply.Statement(
                context.Say("cart.outOfStock", new Dictionary<string, SpeechNode> { ["product"] = new SpeechNode.Name(outOfStock.ProductName) })),
            PurchaseQuote.OverLimit overLimit => Reply.Statement(context.Say("cart.overLimit", new Dictionary<string, SpeechNode>
            {
                ["total"] = new SpeechNode.Amount(overLimit.Total.Amount, overLimit.Total.Currency),
                ["limit"] = new SpeechNode.Amount(overLimit.Limit.Amount, overLimit.Limit.Currency),
            })),
            PurchaseQuote.QuantityNotAllowed notAllowed => CartReplies.TooMany(context, notAllowed.Maximum),
            _ => throw new InvalidOperationException($"Unexpected checkout quote {quote.GetType().Name}."),
        };
    }
}
