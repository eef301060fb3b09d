using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Make it two oat milks", "just one": sets how many of a product the cart holds (the product named, else the
/// one last spoken of, else the cart's only one). Zero takes it out.
/// </summary>
public sealed class UpdateCartHandler(CartService carts, ICatalogStore catalog, PurchaseOptions options) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = "UpdateCartIntent";

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var products = await catalog.GetProductsAsync(cancellationToken);
        var requested = RequestedItems.Read(context.Turn, products);
        var cart = await carts.GetAsync(context.Shopper.Id, cancellationToken);
        Product? product;
        int? quantity;
        if (requested.NamedNothing)
        {
            product = CartReplies.ImpliedSku(context, cart) is { } sku ? products.FirstOrDefault(p => p.Sku == sku) : null;
            quantity = RequestedItems.HeardQuantity(context.Turn);
        }
        else if (requested.Found.Count == 1 && requested.Unknown.Count == 0 && requested.Ambiguous is null)
        {
            product = requested.Found[0].Product;
            quantity = RequestedItems.HeardQuantity(context.Turn) is { } heard && requested.Found[0].Quantity == 1 ? heard : requested.Found[0].Quantity;
        }
        else
        {
            return requested.Ambiguous is { } ambiguous
                ? PurchaseReplies.AskForProduct(context, ambiguous, Intent)
                : Reply.Statement(context.Say("cart.notFound", new Dictionary<string, SpeechNode> { ["unknown"] = CartReplies.Quoted(requested.Unknown) }));
        }

        if (product is null)
        {
            return cart.IsEmpty ? CartReplies.Empty(context) : CartReplies.AskToAdd(context, context.Say("cart.askWhichToChange"));
        }

        if (quantity is not { } count || count < 0 || count > options.MaxQuantityPerLine)
        {
            return CartReplies.TooMany(context, options.MaxQuantityPerLine);
        }

        var changed = await carts.SetQuantityAsync(context.Shopper.Id, product.Sku, count, cancellationToken);
        var priced = await carts.PriceAsync(changed!, cancellationToken);
        var speech = count == 0
            ? context.Say("cart.removed", new Dictionary<string, SpeechNode> { ["product"] = new SpeechNode.Name(product.Name) })
            : context.Say("cart.updated", new Dictionary<string, SpeechNode> { ["item"] = ShoppingPhrases.Item(product.Name, product.Unit, count) });
        return Reply.Statement(SpeechNode.Sentences(speech, CartReplies.Total(context, priced))) with { State = CartReplies.Holding(product) };
    }
}
