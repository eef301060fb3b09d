using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>"Remove the paper towels", "take it out": takes a product out of the cart and says what the cart is now.</summary>
public sealed class RemoveFromCartHandler(CartService carts, ICatalogStore catalog) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = "RemoveFromCartIntent";

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var products = await catalog.GetProductsAsync(cancellationToken);
        var requested = RequestedItems.Read(context.Turn, products);
        var cart = await carts.GetAsync(context.Shopper.Id, cancellationToken);
        if (cart.IsEmpty)
        {
            return CartReplies.Empty(context);
        }

        if (requested.NamedNothing)
        {
            if (CartReplies.ImpliedSku(context, cart) is not { } implied)
            {
                return CartReplies.AskToAdd(context, context.Say("cart.askWhichToRemove")) with
                {
                    State = new DialogState(Awaiting.SlotValue, ElicitIntent: Intent, ElicitSlot: SlotNames.Product),
                    Elicit = new SlotElicitation(Intent, SlotNames.Product),
                };
            }

            requested = requested with { Found = [(products.First(p => p.Sku == implied), 0)] };
        }

        if (requested.Found.Count == 0)
        {
            return requested.Ambiguous is { } ambiguous
                ? PurchaseReplies.AskForProduct(context, ambiguous, Intent)
                : Reply.Statement(context.Say("cart.notFound", new Dictionary<string, SpeechNode> { ["unknown"] = CartReplies.Quoted(requested.Unknown) }));
        }

        var inCart = requested.Found.Where(f => cart.QuantityOf(f.Product.Sku) > 0).Select(f => f.Product).ToList();
        if (inCart.Count == 0)
        {
            return Reply.Statement(context.Say("cart.notInCart", new Dictionary<string, SpeechNode> { ["product"] = new SpeechNode.Name(requested.Found[0].Product.Name) }));
        }

        foreach (var product in inCart)
        {
            cart = await carts.SetQuantityAsync(context.Shopper.Id, product.Sku, 0, cancellationToken) ?? cart;
        }

        var removed = context.Say("cart.removed", new Dictionary<string, SpeechNode>
        {
            ["product"] = new SpeechNode.List(inCart.Select(p => (SpeechNode)new SpeechNode.Name(p.Name)).ToList()),
        });
        return Reply.Statement(SpeechNode.Sentences(removed, CartReplies.Total(context, await carts.PriceAsync(cart, cancellationToken))));
    }
}
