using VoiceShop.Commerce;
using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>The replies the cart intents share: the empty cart, the total, and what could not be added.</summary>
internal static class CartReplies
{
    /// <summary>The intent an answer to "What would you like to add?" goes to.</summary>
    public const string AddIntent = "AddToCartIntent";

    /// <summary>"Your cart is empty. What would you like to add?", waiting for a product to add.</summary>
    public static Reply Empty(TurnContext context) => AskToAdd(context, context.Say("cart.empty"));

    /// <summary>Asks <paramref name="speech"/> and takes the answer as a product to add.</summary>
    public static Reply AskToAdd(TurnContext context, SpeechNode speech) =>
        Reply.Question(speech, context.Say("cart.askProduct.reprompt"), new DialogState(Awaiting.SlotValue, ElicitIntent: AddIntent, ElicitSlot: SlotNames.Product))
            with
        { Elicit = new SlotElicitation(AddIntent, SlotNames.Product) };

    /// <summary>"Your cart is $22.77." or, with nothing left, "Your cart is empty."</summary>
    public static SpeechNode Total(TurnContext context, PricedCart cart) =>
        cart.IsEmpty ? context.Say("cart.nowEmpty") : context.Say("cart.total", Amount(cart.Total));

    /// <summary>"I can put up to 20 of one product in your cart, so I didn't change it."</summary>
    public static Reply TooMany(TurnContext context, int maximum) =>
        Reply.Statement(context.Say("cart.tooMany", new Dictionary<string, SpeechNode> { ["max"] = new SpeechNode.Number(maximum) }));

    /// <summary>Which product "one more", "just one" or "remove it" means: the one last spoken of, else the cart's only line.</summary>
    public static string? ImpliedSku(TurnContext context, Cart cart) =>
        context.Turn.State.LastProduct is { } last && cart.QuantityOf(last) > 0
            ? last
            : cart.Lines.Count == 1 ? cart.Lines[0].Sku : null;

    /// <summary>A state that remembers <paramref name="product"/> as the one "it" now means (the conversation's <see cref="DialogState.LastProduct"/>).</summary>
    public static DialogState Holding(Product product, Awaiting awaiting = Awaiting.Nothing) =>
        new(awaiting, LastProduct: product.Sku);

    /// <summary>The product names in quotes as they were said: "frobnicator".</summary>
    public static SpeechNode Quoted(IReadOnlyList<string> names) =>
        new SpeechNode.List(names.Select(n => (SpeechNode)$"\"{n}\"").ToList());

    public static Dictionary<string, SpeechNode> Amount(Money amount) => new() { ["total"] = new SpeechNode.Amount(amount.Amount, amount.Currency) };
}
