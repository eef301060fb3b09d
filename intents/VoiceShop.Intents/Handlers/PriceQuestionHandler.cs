using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "How much are the coffee pods?", "do you have almond milk?": the price and whether it is in stock, then an
/// offer ("Want some?") that a yes turns into buying it, read back first like any purchase. Out of stock, the
/// closest product in stock is offered instead. Only reads: nothing is ordered or held here.
/// </summary>
public sealed class PriceQuestionHandler(ICatalogStore catalog) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = Conversation.IntentNames.PriceQuestion;

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => false;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (SlotReading.Product(context.Turn) is not { } request)
        {
            return AskWhich(context, context.Say("price.askProduct"));
        }

        var products = await catalog.GetProductsAsync(cancellationToken);
        var match = ProductResolver.Resolve(products, request.Sku, request.SpokenName);
        return match switch
        {
            ProductMatch.Found { Product: var product } when product.HasStockFor(1) => Offer(context, context.Say(PriceKey(product, "price.inStock"), Values(product)), product),
            ProductMatch.Found { Product: var product } => OfferInstead(context, product, Closest.InStockAlternative(products, product)),
            ProductMatch.Ambiguous => PurchaseReplies.AskForProduct(context, match, Intent),
            ProductMatch.NotFound notFound => AskWhich(context, context.Say("price.unknownProduct", new Dictionary<string, SpeechNode> { ["query"] = notFound.Query })),
            _ => throw new InvalidOperationException($"Unexpected product match {match.GetType().Name}."),
        };
    }

    /// <summary>"Almond milk is out of stock right now. Oat milk is $4.29. Want that instead?"</summary>
    private static Reply OfferInstead(TurnContext context, Product wanted, Product? alternative)
    {
        var outOfStock = context.Say("price.outOfStock", Values(wanted));
        return alternative is null
            ? Reply.Statement(outOfStock)
            : Offer(context, SpeechNode.Sentences(outOfStock, context.Say("price.alternative", Values(alternative))), alternative);
    }

    /// <summary>Asks <paramref name="speech"/>, holding <paramref name="product"/> so that a yes buys it.</summary>
    private static Reply Offer(TurnContext context, SpeechNode speech, Product product) =>
        Reply.Question(
            speech,
            context.Say("price.offer.reprompt"),
            new DialogState(Awaiting.ProductOffer, HeldSlots: new Dictionary<string, string> { [SlotNames.Product] = product.Sku }, LastProduct: product.Sku));

    private static Reply AskWhich(TurnContext context, SpeechNode speech) =>
        Reply.Question(speech, context.Say("price.askProduct.reprompt"), new DialogState(Awaiting.SlotValue, ElicitIntent: Intent, ElicitSlot: SlotNames.Product))
            with
        { Elicit = new SlotElicitation(Intent, SlotNames.Product) };

    /// <summary>Products counted by themselves ("a winter jacket") have no unit to price by.</summary>
    private static string PriceKey(Product product, string key) => string.IsNullOrEmpty(product.Unit) ? key + "NoUnit" : key;

    private static Dictionary<string, SpeechNode> Values(Product product)
    {
        var plural = ShoppingPhrases.IsPluralName(product.Name);
        return new Dictionary<string, SpeechNode>
        {
            ["product"] = new SpeechNode.Name(product.Name),
            ["price"] = new SpeechNode.Amount(product.Price.Amount, product.Price.Currency),
            ["unit"] = product.Unit,
            ["is"] = plural ? "are" : "is",
            ["itIs"] = plural ? "they're" : "it's",
            ["some"] = plural || product.Unit.Length > 0 ? "some" : "one",
        };
    }
}
