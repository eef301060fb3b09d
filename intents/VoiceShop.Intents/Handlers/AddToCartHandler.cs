using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Add oat milk and two packs of paper towels", "one more": puts what we sell in the shopper's cart (the same
/// cart on every platform), names what we don't, and says the cart's total. Nothing is ordered here.
/// </summary>
public sealed class AddToCartHandler(CartService carts, ICatalogStore catalog, PurchaseOptions options) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = CartReplies.AddIntent;

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var products = await catalog.GetProductsAsync(cancellationToken);
        var requested = RequestedItems.Read(context.Turn, products);
        if (requested.NamedNothing)
        {
            return await AddMoreOfImpliedAsync(context, products, cancellationToken);
        }

        if (requested.Found.Count == 0)
        {
            return requested.Ambiguous is { } ambiguous
                ? PurchaseReplies.AskForProduct(context, ambiguous, Intent)
                : CartReplies.AskToAdd(context, context.Say("cart.unknownProduct", new Dictionary<string, SpeechNode> { ["unknown"] = CartReplies.Quoted(requested.Unknown) }));
        }

        var cart = await carts.AddAsync(context.Shopper.Id, requested.Found.Select(f => new CartLine(f.Product.Sku, f.Quantity)).ToList(), cancellationToken);
        if (cart is null)
        {
            return CartReplies.TooMany(context, options.MaxQuantityPerLine);
        }

        var priced = await carts.PriceAsync(cart, cancellationToken);
        var last = requested.Found[^1].Product;
        if (requested.Unknown.Count > 0)
        {
            return Reply.Statement(SpeechNode.Sentences(
                context.Say("cart.addedNames", new Dictionary<string, SpeechNode> { ["names"] = Names(requested) }),
                context.Say("cart.notFound", new Dictionary<string, SpeechNode> { ["unknown"] = CartReplies.Quoted(requested.Unknown) })));
        }

        if (requested.Ambiguous is { } which)
        {
            var added = context.Say("cart.addedNames", new Dictionary<string, SpeechNode> { ["names"] = Names(requested) });
            var ask = PurchaseReplies.AskForProduct(context, which, Intent);
            return ask with { Speech = SpeechNode.Sentences(added, ask.Speech) };
        }

        var items = ShoppingPhrases.Items(requested.Found.Select(f => new Commerce.Orders.OrderLine(f.Product.Sku, f.Product.Name, f.Product.Unit, f.Quantity, f.Product.Price)).ToList());
        return Added(context, items, priced, last);
    }

    /// <summary>"One more", "two more": more of the product last spoken of, or the cart's only one.</summary>
    private async Task<Reply> AddMoreOfImpliedAsync(TurnContext context, IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        var cart = await carts.GetAsync(context.Shopper.Id, cancellationToken);
        if (RequestedItems.HeardQuantity(context.Turn) is not { } more || CartReplies.ImpliedSku(context, cart) is not { } sku
            || products.FirstOrDefault(p => p.Sku == sku) is not { } product)
        {
            return cart.IsEmpty ? CartReplies.Empty(context) : CartReplies.AskToAdd(context, context.Say("cart.askProduct"));
        }

        var changed = await carts.AddAsync(context.Shopper.Id, [new CartLine(sku, more)], cancellationToken);
        if (changed is null)
        {
            return CartReplies.TooMany(context, options.MaxQuantityPerLine);
        }

        return Added(context, ShoppingPhrases.Item(product.Name, product.Unit, more), await carts.PriceAsync(changed, cancellationToken), product);
    }

    /// <summary>"Added a carton of oat milk. Your cart is $4.29. Anything else?"</summary>
    private static Reply Added(TurnContext context, SpeechNode items, PricedCart cart, Product last) =>
        Reply.Question(
            SpeechNode.Sentences(
                context.Say("cart.added", new Dictionary<string, SpeechNode> { ["items"] = items }),
                CartReplies.Total(context, cart),
                context.Say("cart.anythingElse")),
            context.Say("anythingElse.reprompt"),
            CartReplies.Holding(last, Awaiting.AnythingElse));

    private static SpeechNode Names(RequestedItems requested) =>
        new SpeechNode.List(requested.Found.Select(f => (SpeechNode)new SpeechNode.Name(f.Product.Name)).ToList());
}
