using System.Globalization;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Catalog.Discovery;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Intents.Understanding;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "What jackets do you have under 200 dollars?", "do you have anything waterproof?": at most three products
/// that fit, best first, with prices, remembered so that "the second one" or "the cheaper one" can pick one.
/// When only the price limit rules everything out, the nearest miss is offered instead. Only reads: a yes or
/// a choice goes through the usual read-back before anything is ordered.
/// </summary>
public sealed class ProductSearchHandler(CatalogNluCache catalog) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = "ProductSearchIntent";

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => false;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var index = (await catalog.GetAsync(cancellationToken)).Analyzer.Catalog;
        var spoken = SpokenWords(context.Turn, index.Products);
        var maxPrice = MaxPrice(context.Turn);
        var query = SpokenProductQuery.From(index, spoken, maxPrice, DialogState.MaxListLength);
        if (query.IsEmpty)
        {
            return AskWhat(context);
        }

        var result = ProductSearch.Find(index, query);
        return result switch
        {
            { Fits.Count: > 0 } => ReadList(context, result),
            { NearestMiss: { } nearest } when maxPrice is { } limit => OfferNearestMiss(context, nearest, limit),
            _ => Reply.Question(
                context.Say("search.none", new Dictionary<string, SpeechNode> { ["query"] = spoken ?? "" }),
                context.Say("search.ask.reprompt"),
                Elicit()) with
            { Elicit = new SlotElicitation(Intent, SlotNames.Product) },
        };
    }

    /// <summary>"I have two: the Trailhead waterproof winter jacket for $179 and the Summit rain jacket for $129. Want one of them?"</summary>
    private static Reply ReadList(TurnContext context, ProductSearchResult result)
    {
        var list = new SpeechNode.List(result.Fits.Select(p => (SpeechNode)new SpeechNode.Sequence(
            [TheName(p), " for ", new SpeechNode.Amount(p.Price.Amount, p.Price.Currency)])).ToList());
        var key = result.Fits.Count == 1 ? "search.one" : result.TotalFits > result.Fits.Count ? "search.top" : "search.many";
        var skus = result.Fits.Select(p => p.Sku).ToList();

        // One product is offered outright, so a yes buys it; several wait for a choice.
        var state = result.Fits.Count == 1
            ? new DialogState(Awaiting.ProductOffer, HeldSlots: Held(result.Fits[0]), LastList: skus, LastProduct: skus[0])
            : new DialogState(Awaiting.ListChoice, LastList: skus);
        return Reply.Question(
            context.Say(key, new Dictionary<string, SpeechNode> { ["count"] = CountWords.Of(context, result.TotalFits), ["list"] = list }),
            context.Say(result.Fits.Count == 1 ? "price.offer.reprompt" : "search.list.reprompt"),
            state);
    }

    /// <summary>"Nothing under $100. The closest is the Summit rain jacket at $129. Want that one?"</summary>
    private static Reply OfferNearestMiss(TurnContext context, Product nearest, decimal limit) =>
        Reply.Question(
            context.Say("search.nearestMiss", new Dictionary<string, SpeechNode>
            {
                ["limit"] = new SpeechNode.Amount(limit, nearest.Price.Currency),
                ["product"] = TheName(nearest),
                ["price"] = new SpeechNode.Amount(nearest.Price.Amount, nearest.Price.Currency),
            }),
            context.Say("price.offer.reprompt"),
            new DialogState(Awaiting.ProductOffer, HeldSlots: Held(nearest), LastList: [nearest.Sku], LastProduct: nearest.Sku));

    private static Reply AskWhat(TurnContext context) =>
        Reply.Question(context.Say("search.ask"), context.Say("search.ask.reprompt"), Elicit())
            with
        { Elicit = new SlotElicitation(Intent, SlotNames.Product) };

    private static DialogState Elicit() => new(Awaiting.SlotValue, ElicitIntent: Intent, ElicitSlot: SlotNames.Product);

    private static Dictionary<string, string> Held(Product product) => new() { [SlotNames.Product] = product.Sku };

    private static SpeechNode TheName(Product product) => new SpeechNode.Sequence(["the ", new SpeechNode.Name(product.Name)]);

    /// <summary>The words said for the product, or the name of the product a platform resolved without words.</summary>
    private static string? SpokenWords(Turn turn, IReadOnlyList<Product> products) =>
        turn.Slot(SlotNames.Product) switch
        {
            { Spoken: { Length: > 0 } spoken } => spoken,
            { ResolvedId: { } sku } => products.FirstOrDefault(p => p.Sku == sku)?.Name,
            _ => null,
        };

    /// <summary>The price limit, if one was said and is a positive amount; anything else is no limit rather than an error.</summary>
    private static decimal? MaxPrice(Turn turn) =>
        turn.Slot(SlotNames.MaxPrice) is { Spoken: { } text }
        && decimal.TryParse(text.Trim().TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
        && amount > 0
            ? amount
            : null;
}
