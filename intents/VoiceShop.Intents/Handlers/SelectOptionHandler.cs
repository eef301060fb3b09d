using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "The second one", "the cheaper one", "the Summit one": picks from the products just read out
/// (<see cref="DialogState.LastList"/>) and reads the choice back for a yes, exactly as buying it by name
/// would. Out of the blue, it says how to get a list first.
/// </summary>
/// <remarks>
/// "Add the second one" is heard here too and, for now, reads the product back to buy it. Once the cart
/// exists, that phrasing should put the choice in the cart instead: this is the one place to change.
/// </remarks>
public sealed class SelectOptionHandler(ICatalogStore catalog, PurchaseService purchases) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = "SelectOptionIntent";

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var ordinal = OrdinalSlotValues.Resolve(context.Turn.Slot(SlotNames.Ordinal) is { } slot ? slot.ResolvedId ?? slot.Spoken : null);
        var listed = await ListedAsync(context.Turn.State, cancellationToken);
        if (listed.Count == 0)
        {
            return NoList(context, ordinal);
        }

        var chosen = Choose(listed, ordinal, SlotReading.Product(context.Turn));
        if (chosen is null)
        {
            return AskWhich(context, listed, ordinal is { Id: var id } && int.TryParse(id, out _) ? "select.outOfRange" : "select.which");
        }

        var quote = await purchases.QuoteBuyAsync(context.Shopper, new ProductRequest(chosen.Sku, chosen.Name), 1, cancellationToken);
        return quote switch
        {
            PurchaseQuote.Ready ready => PurchaseReplies.ReadBack(
                context,
                ready.Purchase,
                ShoppingPhrases.IsPlural(ready.Purchase.Lines) ? "select.readBackMany" : "select.readBackOne"),
            PurchaseQuote.OutOfStock outOfStock => PurchaseReplies.OutOfStock(context, outOfStock.ProductName),
            PurchaseQuote.OverLimit overLimit => PurchaseReplies.OverLimit(context, overLimit.Limit),
            _ => AskWhich(context, listed, "select.which"),
        };
    }

    /// <summary>The products of the list just heard, in the order they were read; SKUs the catalog no longer has are left out.</summary>
    private async Task<List<Product>> ListedAsync(DialogState state, CancellationToken cancellationToken)
    {
        if (state.LastList is not { Count: > 0 } skus)
        {
            return [];
        }

        var products = await catalog.GetProductsAsync(cancellationToken);
        return skus.Select(sku => products.FirstOrDefault(p => p.Sku == sku)).OfType<Product>().ToList();
    }

    /// <summary>The product meant, or null when the words do not pick exactly one. A position or price said wins over other words.</summary>
    private static Product? Choose(List<Product> listed, SlotTypeValue? ordinal, ProductRequest? named)
    {
        if (ordinal is null)
        {
            return named is not null && ProductResolver.Resolve(listed, named.Sku, named.SpokenName) is ProductMatch.Found found ? found.Product : null;
        }

        return ordinal.Id switch
        {
            OrdinalSlotValues.Last => listed[^1],
            OrdinalSlotValues.Cheapest => Single(listed.MinBy(p => p.Price.Amount), listed, p => p.Price.Amount == listed.Min(x => x.Price.Amount)),
            OrdinalSlotValues.Dearest => Single(listed.MaxBy(p => p.Price.Amount), listed, p => p.Price.Amount == listed.Max(x => x.Price.Amount)),
            var position => int.TryParse(position, out var n) && n >= 1 && n <= listed.Count ? listed[n - 1] : null,
        };
    }

    /// <summary>A price comparison picks nothing when two products share the price: asking beats guessing with money.</summary>
    private static Product? Single(Product? candidate, List<Product> listed, Func<Product, bool> equal) =>
        listed.Count(equal) == 1 ? candidate : null;

    /// <summary>"Second of what? You can ask me what we have, like "what coffee do you have"."</summary>
    private static Reply NoList(TurnContext context, SlotTypeValue? ordinal)
    {
        var speech = ordinal is { Id: "1" or "2" or "3" or OrdinalSlotValues.Last }
            ? context.Say("select.noList", new Dictionary<string, SpeechNode> { ["ordinal"] = context.Text("ordinal." + ordinal.Id) })
            : context.Say("select.noListAny");
        return Reply.Question(speech, context.Say("search.ask.reprompt"), DialogState.Empty);
    }

    private static Reply AskWhich(TurnContext context, List<Product> listed, string key)
    {
        var values = new Dictionary<string, SpeechNode>
        {
            ["choices"] = new SpeechNode.List(listed.Select(p => (SpeechNode)new SpeechNode.Sequence(["the ", new SpeechNode.Name(p.Name)])).ToList()),
            ["count"] = CountWords.Of(context, listed.Count),
        };
        return Reply.Question(context.Say(key, values), context.Say("search.list.reprompt"), new DialogState(Awaiting.ListChoice, LastList: listed.Select(p => p.Sku).ToList()));
    }
}
