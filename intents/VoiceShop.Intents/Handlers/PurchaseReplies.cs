using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// The replies shared by buying and reordering: the read-back that asks for a yes (Amazon requires one
/// before any physical-goods purchase), and the plain statements for why nothing can be ordered.
/// </summary>
internal static class PurchaseReplies
{
    /// <summary>Reads <paramref name="purchase"/> back and waits for yes or no.</summary>
    public static Reply ReadBack(TurnContext context, PendingPurchase purchase, string key, SpeechNode? prefix = null)
    {
        var question = context.Say(key, new Dictionary<string, SpeechNode>
        {
            ["items"] = ShoppingPhrases.Items(purchase.Lines),
            ["total"] = new SpeechNode.Amount(purchase.Total.Amount, purchase.Total.Currency),
            ["day"] = context.Day(purchase.ExpectedDelivery),
            ["product"] = new SpeechNode.Name(purchase.Lines[0].ProductName),
        });
        var speech = prefix is null ? question : SpeechNode.Sentences(prefix, question);
        return AskToConfirm(context, speech, purchase);
    }

    /// <summary>Asks <paramref name="speech"/> and remembers that a yes places <paramref name="purchase"/>.</summary>
    /// A read-back of one product also makes it the one "it" refers to next ("how much is it", "make that three").
    public static Reply AskToConfirm(TurnContext context, SpeechNode speech, PendingPurchase purchase) =>
        Reply.Question(
            speech,
            context.Say("confirm.reprompt"),
            new DialogState(Awaiting.PurchaseConfirmation, purchase.Id, LastProduct: purchase.Lines.Count == 1 ? purchase.Lines[0].Sku : null));

    /// <summary>Asks which product the shopper means, or what they want when nothing matched.</summary>
    public static Reply AskForProduct(TurnContext context, ProductMatch? match, string intentName, IReadOnlyDictionary<string, string>? heldSlots = null)
    {
        var state = new DialogState(Awaiting.SlotValue, ElicitIntent: intentName, ElicitSlot: SlotNames.Product, HeldSlots: heldSlots);
        var elicit = new SlotElicitation(intentName, SlotNames.Product);
        return match switch
        {
            ProductMatch.Ambiguous ambiguous => Reply.Question(
                    context.Say("buy.ambiguous", Choices(ambiguous)),
                    context.Say("buy.ambiguous.reprompt", Choices(ambiguous)),
                    state) with
            { Elicit = elicit },
            ProductMatch.NotFound notFound => Reply.Question(
                    context.Say("buy.unknownProduct", new Dictionary<string, SpeechNode> { ["query"] = notFound.Query }),
                    context.Say("buy.askProduct.reprompt"),
                    state) with
            { Elicit = elicit },
            _ => Reply.Question(context.Say("buy.askProduct"), context.Say("buy.askProduct.reprompt"), state) with { Elicit = elicit },
        };
    }

    public static Reply OutOfStock(TurnContext context, string productName) =>
        Reply.Statement(context.Say("order.outOfStock", new Dictionary<string, SpeechNode> { ["product"] = new SpeechNode.Name(productName) }));

    public static Reply OverLimit(TurnContext context, Commerce.Money limit) =>
        Reply.Statement(context.Say("order.overLimit", new Dictionary<string, SpeechNode> { ["limit"] = new SpeechNode.Amount(limit.Amount, limit.Currency) }));

    private static Dictionary<string, SpeechNode> Choices(ProductMatch.Ambiguous ambiguous) => new()
    {
        ["choices"] = new SpeechNode.List(ambiguous.Candidates.Take(3).Select(p => (SpeechNode)new SpeechNode.Name(p.Name)).ToList()),
    };
}
