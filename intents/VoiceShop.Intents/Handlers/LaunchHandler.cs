using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Open Voice Shop": greet the shopper by name, leading with the one thing that matters today (an order
/// arriving today, else a product they usually have reordered by now), else the three things they can do.
/// Never more than one suggestion the shopper did not ask for.
/// </summary>
public sealed class LaunchHandler(ICatalogStore catalog) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Launch];

    public bool NeedsAccount => true;

    public bool NeedsOrderHistory => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var name = new Dictionary<string, SpeechNode> { ["name"] = context.Shopper.Name };
        return Reply.Question(await GreetingAsync(context, name, cancellationToken), context.Say("launch.reprompt"), DialogState.Empty);
    }

    private async Task<SpeechNode> GreetingAsync(TurnContext context, Dictionary<string, SpeechNode> values, CancellationToken cancellationToken)
    {
        if (context.OrderHistory.FirstOrDefault(o => o.Status.IsOnTheWay() && o.ExpectedDelivery == context.Today) is { } arriving)
        {
            values["items"] = ShoppingPhrases.Names(arriving.Lines);
            values["arrive"] = ShoppingPhrases.IsPlural(arriving.Lines) ? "arrive" : "arrives";
            return context.Say("launch.arrivesToday", values);
        }

        if (await DueSuggestion.FindAsync(context, catalog, cancellationToken) is { } suggestion)
        {
            values["product"] = new SpeechNode.Name(suggestion.Product.Name);
            return context.Say("launch.due", values);
        }

        return context.Say("launch.greeting", values);
    }
}
