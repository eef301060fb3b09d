using VoiceShop.Commerce.Orders;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Phrases;

/// <summary>
/// How products and quantities are said in English: "2 packs of paper towels", "a box of coffee pods",
/// "a winter jacket". Kept in one place so every reply counts things the same way.
/// </summary>
public static class ShoppingPhrases
{
    /// <summary>"2 packs of paper towels and a box of coffee pods".</summary>
    public static SpeechNode Items(IReadOnlyList<OrderLine> lines) =>
        new SpeechNode.List(lines.Select(l => (SpeechNode)Item(l.ProductName, l.Unit, l.Quantity)).ToList());

    /// <summary>"paper towels and coffee pods": names only, for order status.</summary>
    public static SpeechNode Names(IReadOnlyList<OrderLine> lines) =>
        new SpeechNode.List(lines.Select(l => (SpeechNode)l.ProductName).Distinct().ToList());

    /// <summary>One product with its count.</summary>
    public static string Item(string name, string unit, int quantity)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return quantity == 1 ? $"{Article(name)} {name}" : $"{quantity} {Plural(name)}";
        }

        return quantity == 1 ? $"{Article(unit)} {unit} of {name}" : $"{quantity} {Plural(unit)} of {name}";
    }

    /// <summary>Whether the lines are spoken of as "they" (several items, or a plural name like "coffee pods").</summary>
    public static bool IsPlural(IReadOnlyList<OrderLine> lines) =>
        lines.Count > 1 || lines.Sum(l => l.Quantity) > 1 || IsPluralName(lines[0].ProductName);

    /// <summary>Whether a product name is a plural noun ("paper towels"), so it takes "arrive" rather than "arrives".</summary>
    public static bool IsPluralName(string name) =>
        name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>"box" to "boxes", "pack" to "packs", "jacket" to "jackets".</summary>
    public static string Plural(string noun)
    {
        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal))
        {
            return noun.EndsWith("ss", StringComparison.Ordinal) || !noun.EndsWith('s') ? noun + "es" : noun;
        }

        if (noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2]))
        {
            return noun[..^1] + "ies";
        }

        return noun + "s";
    }

    private static string Article(string word) =>
        word.Length > 0 && "aeiouAEIOU".Contains(word[0]) && !word.StartsWith("us", StringComparison.OrdinalIgnoreCase) ? "an" : "a";
}
