namespace VoiceShop.SpeechEval;

/// <summary>
/// The spoken evaluation set, written for VoiceShop (not taken from any public dataset): commands with the
/// intent they mean, and things a driver might say to a car that are not shopping commands. The interaction
/// model's own out-of-scope samples are added to the non-commands by the tool.
/// </summary>
internal static class SpokenSet
{
    public static IReadOnlyList<(string Words, string Intent)> Commands { get; } =
    [
        ("where is my order", "OrderStatusIntent"), ("where's my package", "OrderStatusIntent"), ("track my package", "OrderStatusIntent"),
        ("when will my order arrive", "OrderStatusIntent"), ("check my order", "OrderStatusIntent"),
        ("reorder", "ReorderIntent"), ("reorder my usual", "ReorderIntent"), ("order it again", "ReorderIntent"), ("reorder the coffee pods", "ReorderIntent"),
        ("buy coffee pods", "BuyIntent"), ("buy paper towels", "BuyIntent"), ("buy oat milk", "BuyIntent"), ("order two packs of paper towels", "BuyIntent"),
        ("buy dish soap", "BuyIntent"), ("i want to buy toilet paper", "BuyIntent"), ("order some batteries", "BuyIntent"),
        ("cancel my order", "CancelOrderIntent"), ("cancel my last order", "CancelOrderIntent"),
        ("yes", "YesIntent"), ("yes please", "YesIntent"), ("yeah", "YesIntent"),
        ("no", "NoIntent"), ("no thanks", "NoIntent"),
        ("help", "HelpIntent"), ("what can you do", "HelpIntent"),
        ("stop", "StopIntent"), ("goodbye", "StopIntent"), ("cancel", "CancelIntent"), ("never mind", "CancelIntent"),
        ("my code is one two three four", "VoiceCodeIntent"),
        ("how much are the coffee pods", "PriceQuestionIntent"),
        ("what's in my cart", "CartContentsIntent"), ("check out", "CheckoutIntent"), ("add oat milk to my cart", "AddToCartIntent"),
        ("what should i reorder", "SuggestionIntent"), ("show me coffee", "ProductSearchIntent"), ("the second one", "SelectOptionIntent"),
    ];

    public static IReadOnlyList<string> NonCommands { get; } =
    [
        "how many calories are in oat milk", "play some jazz music", "set an alarm for seven", "call my mother",
        "navigate to the nearest gas station", "turn up the volume", "tell me a joke", "send a text to john",
        "what time is it", "read me the news", "i love you", "open the window", "good morning",
        "are the batteries any good", "is oat milk healthy", "my wife likes paper towels", "how do you make coffee",
        "find a parking spot", "skip this song", "how far is the airport",
    ];
}
