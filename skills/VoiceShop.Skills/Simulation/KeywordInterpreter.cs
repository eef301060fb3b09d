using System.Globalization;
using System.Text.RegularExpressions;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// A deliberately small keyword interpreter the simulator falls back on when the host registers no NLU:
/// enough to drive the sample dialogues (launch, reorder, buy a product, order status, yes/no, help, stop).
/// The real <see cref="IUtteranceInterpreter"/> replaces it wherever one is registered.
/// </summary>
public sealed partial class KeywordInterpreter : IUtteranceInterpreter
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    public UtteranceMeaning Interpret(string text, DialogState state, string locale)
    {
        var words = Fillers().Replace(Punctuation().Replace(text.ToLowerInvariant(), " "), " ");
        words = Spaces().Replace(words, " ").Trim();
        var none = new Dictionary<string, SlotValue>();
        return words switch
        {
            _ when Yes().IsMatch(words) => new(IntentNames.Yes, 0.9, none),
            _ when No().IsMatch(words) => new(IntentNames.No, 0.9, none),
            _ when CancelOrder().IsMatch(words) => new(IntentNames.CancelOrder, 0.8, none),
            _ when Stop().IsMatch(words) => new(IntentNames.Stop, 0.9, none),
            _ when words.Contains("help", StringComparison.Ordinal) => new(IntentNames.Help, 0.8, none),
            _ when Status().IsMatch(words) => new(IntentNames.OrderStatus, 0.8, none),
            _ when Reorder().Match(words) is { Success: true } reorder => new(IntentNames.Reorder, 0.8, ProductSlots(reorder.Groups["rest"].Value)),
            _ when Buy().Match(words) is { Success: true } buy => new(IntentNames.Buy, 0.8, ProductSlots(buy.Groups["rest"].Value)),
            _ => new(IntentNames.Fallback, 0.5, none),
        };
    }

    /// <summary>"two packs of batteries" → quantity 2, product "batteries".</summary>
    private static Dictionary<string, SlotValue> ProductSlots(string rest)
    {
        var slots = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        var match = Quantity().Match(rest.Trim());
        var quantityText = match.Groups["quantity"].Value;
        var product = Article().Replace(match.Groups["product"].Value, "").Trim();
        if (int.TryParse(quantityText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity) || NumberWords.TryGetValue(quantityText, out quantity))
        {
            slots[SlotNames.Quantity] = new SlotValue(quantity.ToString(CultureInfo.InvariantCulture));
        }

        if (product.Length > 0 && product is not ("it" or "that" or "something" or "again" or "last order" or "usual" or "order" or "last one" or "same again"))
        {
            slots[SlotNames.Product] = new SlotValue(product);
        }

        return slots;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}' ]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\b(alexa|hey google|ok google|um|uh|please)\b")]
    private static partial Regex Fillers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(yes|yeah|yep|sure|ok|okay|do it|go ahead)\b")]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(no|nope|nah|no thanks|don't)\b")]
    private static partial Regex No();

    [GeneratedRegex(@"\bcancel (my|the|an|this) .*order")]
    private static partial Regex CancelOrder();

    [GeneratedRegex(@"^(stop|cancel|goodbye|bye|never mind|nevermind|quit|exit)\b")]
    private static partial Regex Stop();

    [GeneratedRegex(@"\b(where|status|track|when)\b.*\b(order|package|delivery|stuff|arrive|coming)")]
    private static partial Regex Status();

    [GeneratedRegex(@"\b(reorder|order again|buy again|get again|same as last time|my usual)\b(?<rest>.*)$")]
    private static partial Regex Reorder();

    [GeneratedRegex(@"\b(buy|order|purchase|get|i want|i need)\b(?<rest>.*)$")]
    private static partial Regex Buy();

    [GeneratedRegex(@"^((?<quantity>\d+|one|two|three|four|five|six|seven|eight|nine|ten) )?((packs?|boxes|box|bottles?|cartons?|bags?|rolls?|cans?|pairs?) of )?(?<product>.*)$")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(some|the|a|an|my|more) ")]
    private static partial Regex Article();
}
