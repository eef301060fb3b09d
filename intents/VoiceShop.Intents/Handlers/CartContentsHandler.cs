using VoiceShop.Commerce.Carts;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "What's in my cart?", "how much is my cart?": the items and total at today's prices, then "Check out?", which
/// a yes turns into the checkout read-back. Only reads.
/// </summary>
public sealed class CartContentsHandler(CartService carts) : IIntentHandler
{
    /// <summary>The neutral name of the intent (the interaction model's entry has the same name).</summary>
    public const string Intent = "CartContentsIntent";

    public IReadOnlyList<string> IntentNames { get; } = [Intent];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var priced = await carts.PriceAsync(await carts.GetAsync(context.Shopper.Id, cancellationToken), cancellationToken);
        if (priced.IsEmpty)
        {
            return CartReplies.Empty(context);
        }

        var speech = context.Say("cart.contents", new Dictionary<string, SpeechNode>
        {
            ["items"] = ShoppingPhrases.Items(priced.Lines),
            ["total"] = new SpeechNode.Amount(priced.Total.Amount, priced.Total.Currency),
        });
        return Reply.Question(speech, context.Say("cart.checkoutOffer.reprompt"), new DialogState(Awaiting.CheckoutOffer));
    }
}
