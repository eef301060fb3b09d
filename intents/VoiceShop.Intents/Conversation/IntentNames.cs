namespace VoiceShop.Intents.Conversation;

/// <summary>
/// The platform-neutral names of what a shopper can ask. Skill adapters map platform names onto these
/// (Alexa's "AMAZON.YesIntent" becomes <see cref="Yes"/>), so handlers never see a platform's spelling.
/// </summary>
public static class IntentNames
{
    public const string Launch = "LaunchRequest";
    public const string Reorder = "ReorderIntent";
    public const string OrderStatus = "OrderStatusIntent";
    public const string Buy = "BuyIntent";

    /// <summary>A yes to "Check out?" routes here (see <c>ConversationEngine.Route</c>).</summary>
    public const string Checkout = "CheckoutIntent";
    public const string CancelOrder = "CancelOrderIntent";
    public const string Yes = "YesIntent";
    public const string No = "NoIntent";
    public const string Help = "HelpIntent";
    public const string Stop = "StopIntent";
    public const string Cancel = "CancelIntent";
    public const string Fallback = "FallbackIntent";
    public const string NavigateHome = "NavigateHomeIntent";
    public const string SessionEnded = "SessionEndedRequest";

    /// <summary>The shopper asked for a person (Dialogflow hands the conversation to a live agent).</summary>
    public const string Agent = "AgentIntent";

    /// <summary>The shopper saying their four-digit voice code (Alexa: a custom intent with an AMAZON.FOUR_DIGIT_NUMBER slot).</summary>
    public const string VoiceCode = "VoiceCodeIntent";

    /// <summary>"How much are the coffee pods?": its product may be a pronoun for what was just heard.</summary>
    public const string PriceQuestion = "PriceQuestionIntent";
}

/// <summary>The slot names shared by every platform's interaction model.</summary>
public static class SlotNames
{
    public const string Product = "product";
    public const string Quantity = "quantity";
    public const string MaxPrice = "maxPrice";

    /// <summary>Which of the products just read out: "second", "last", "cheaper".</summary>
    public const string Ordinal = "ordinal";

    /// <summary>The four digits of a voice code.</summary>
    public const string Code = "code";
}
