using VoiceShop.Commerce.Orders;
using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Intents.Phrases;

/// <summary>
/// How products and quantities are said in English: "2 packs of paper towels", "a box of coffee pods",
/// "a winter jacket". Kept in one place so every reply counts things the same way.
/// </summary>
public static class ShoppingPhrases
{
    /// <summary>"2 packs of paper towels and a box of coffee pods".</summary>
    public static SpeechNode Items(IReadOnlyList<OrderLine> lines) =>
        new SpeechNode.List(lines.Select(l => Item(l.ProductName, l.Unit, l.Quantity)).ToList());

    /// <summary>"paper towels and coffee pods": names only, for order status.</summary>
    public static SpeechNode Names(IReadOnlyList<OrderLine> lines) =>
        new SpeechNode.List(lines.Select(l => l.ProductName).Distinct().Select(name => (SpeechNode)new SpeechNode.Name(name)).ToList());

    /// <summary>One product with its count: "2 packs of paper towels", "a box of coffee pods", "3 AA batteries".</summary>
    public static SpeechNode Item(string name, string unit, int quantity)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return quantity == 1
                ? new SpeechNode.Sequence([EnglishNouns.Article(name) + " ", new SpeechNode.Name(name)])
                : new SpeechNode.Sequence([new SpeechNode.Number(quantity), " ", new SpeechNode.Name(Plural(name))]);
        }

        return new SpeechNode.Sequence([new SpeechNode.Quantity(quantity, unit), " of ", new SpeechNode.Name(name)]);
    }

    /// <summary>Whether the lines are spoken of as "they" (several items, or a plural name like "coffee pods").</summary>
    public static bool IsPlural(IReadOnlyList<OrderLine> lines) =>
        lines.Count > 1 || lines.Sum(l => l.Quantity) > 1 || IsPluralName(lines[0].ProductName);

    /// <summary>Whether a product name is a plural noun ("paper towels"), so it takes "arrive" rather than "arrives".</summary>
    public static bool IsPluralName(string name) =>
        name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>"box" to "boxes", "pack" to "packs", "jacket" to "jackets".</summary>
    public static string Plural(string noun) => EnglishNouns.Plural(noun);
}
