using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "What should I reorder?", "anything I'm running low on?": the one product from the shopper's own history
/// whose usual interval has passed, with its price, as an offer a yes turns into buying it (read back first).
/// With nothing due, it offers the last order again. Only reads.
/// </summary>
public sealed class SuggestionHandler(ICatalogStore catalog) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = "SuggestionIntent";

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public bool NeedsOrderHistory => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.OrderHistory.Count == 0)
        {
            return Reply.Question(context.Say("suggest.noHistory"), context.Say("buy.askProduct.reprompt"), DialogState.Empty);
        }

        if (await DueSuggestion.FindAsync(context, catalog, cancellationToken) is not { } suggestion)
        {
            return Reply.Question(context.Say("suggest.none"), context.Say("status.none.reprompt"), new DialogState(Awaiting.ReorderOffer));
        }

        return Offer(context, suggestion.Due, suggestion.Product);
    }

    /// <summary>"You usually get coffee pods every three weeks, and it's been four. Want a box for $12.99?"</summary>
    private static Reply Offer(TurnContext context, Replenishment due, Product product)
    {
        var (interval, elapsed) = IntervalPhrases.Habit(due.IntervalDays, due.DaysSinceLast, SpeechLocale.For(context.Turn.Locale));
        var speech = context.Say("suggest.due", new Dictionary<string, SpeechNode>
        {
            ["product"] = new SpeechNode.Name(product.Name),
            ["interval"] = interval,
            ["elapsed"] = elapsed,
            ["one"] = string.IsNullOrEmpty(product.Unit) ? "one" : EnglishNouns.Article(product.Unit) + " " + product.Unit,
            ["price"] = new SpeechNode.Amount(product.Price.Amount, product.Price.Currency),
        });
        return Reply.Question(
            speech,
            context.Say("price.offer.reprompt"),
            new DialogState(Awaiting.ProductOffer, HeldSlots: new Dictionary<string, string> { [SlotNames.Product] = product.Sku }, LastProduct: product.Sku));
    }
}
