using VoiceShop.Commerce.Catalog;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Reads a list of products said in one breath ("oat milk and two packs of paper towels", "eggs, bread and
/// bananas") into one <see cref="SpokenItem"/> per product, each with the quantity said before it. The product
/// words are left for the catalog to resolve; "packs of" and the like are dropped so that they do.
/// </summary>
public static class SpokenItemList
{
    /// <summary>
    /// The items in <paramref name="spoken"/>. <paramref name="quantity"/>, a quantity heard apart from the product
    /// (a platform's own quantity slot: "add {quantity} {product}"), counts for the first item when that item names
    /// none of its own. <paramref name="units"/> are the catalog's units ("pack", "carton"), singular.
    /// </summary>
    public static IReadOnlyList<SpokenItem> Read(string spoken, int? quantity, IReadOnlySet<string> units)
    {
        var items = new List<SpokenItem>();
        var part = new List<string>();
        var words = SpokenText.Words(spoken.Replace(",", " and ", StringComparison.Ordinal));
        var numbers = NumberWords.Find(words);
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !IsSeparatorAt(words, numbers, i))
            {
                part.Add(words[i]);
                continue;
            }

            if (Item(part, units, items.Count == 0 ? quantity : null) is { } item)
            {
                items.Add(item);
            }

            part.Clear();
        }

        return items;
    }

    /// <summary>
    /// The list of products in a whole utterance ("add oat milk and two packs of paper towels to my cart" gives
    /// "oat milk and two packs of paper towels"), or null when it names fewer than two things. The words around
    /// the list are the interaction model's carrier words ("add", "to my cart"), which never name a product.
    /// </summary>
    public static ItemListPhrase? Phrase(string utterance, UtteranceAnalyzer analyzer)
    {
        var words = SpokenText.Words(utterance.Replace(",", " and ", StringComparison.Ordinal));
        var numbers = NumberWords.Find(words);
        bool Around(int i) => (analyzer.IsCarrierWord(words[i]) || IsFiller(words[i]) || IsSeparator(words[i])) && !numbers.Any(n => i >= n.Start && i < n.End);
        var start = 0;
        while (start < words.Count && Around(start))
        {
            start++;
        }

        var end = words.Count;
        while (end > start && Around(end - 1))
        {
            end--;
        }

        var parts = new List<List<string>> { new() };
        for (var i = start; i < end; i++)
        {
            if (IsSeparatorAt(words, numbers, i))
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(words[i]);
            }
        }

        if (parts.Count < 2 || !parts.All(p => p.Any(w => !analyzer.IsCarrierWord(w) && !IsFiller(w))))
        {
            return null;
        }

        var withFirstOnly = words.Take(start).Concat(parts[0]).Concat(words.Skip(end));
        return new ItemListPhrase(string.Join(' ', words.Skip(start).Take(end - start)), string.Join(' ', withFirstOnly));
    }

    private static bool IsSeparator(string word) => word is "and" or "plus" or "also";

    /// <summary>A separator between products, not the "and" inside a number ("a hundred and fifty") or an amount ("sixty dollars and fifty cents").</summary>
    private static bool IsSeparatorAt(List<string> words, List<NumberMention> numbers, int index) =>
        IsSeparator(words[index])
        && !numbers.Any(n => index > n.Start && index < n.End - 1)
        && !(index > 0 && words[index - 1] is "dollars" or "dollar" or "bucks" or "buck" or "quid" or "pounds");

    private static SpokenItem? Item(List<string> words, IReadOnlySet<string> units, int? heardApart)
    {
        var start = 0;
        int? quantity = null;
        var number = NumberWords.Find(words).FirstOrDefault();
        if (number.End > 0 && IsLeading(words, number.Start))
        {
            quantity = (int)number.Value;
            start = number.End;
        }

        while (start < words.Count && IsFiller(words[start]))
        {
            start++;
        }

        // "packs of paper towels", "a carton of oat milk": the unit says how it is sold, not what it is.
        if (start + 1 < words.Count && units.Contains(SpokenName.Singular(words[start])) && words[start + 1] == "of")
        {
            start += 2;
        }

        var end = words.Count;
        while (end > start && words[end - 1] is "please" or "too" or "as" or "well")
        {
            end--;
        }

        return end > start ? new SpokenItem(string.Join(' ', words.Skip(start).Take(end - start)), quantity ?? heardApart) : null;
    }

    /// <summary>A number counts the item when only articles and the like come before it ("some", "another").</summary>
    private static bool IsLeading(List<string> words, int index) => words.Take(index).All(IsFiller);

    private static bool IsFiller(string word) => word is "a" or "an" or "the" or "some" or "more" or "of" or "my" or "another";
}

/// <summary>A list of products found in an utterance.</summary>
/// <param name="List">The list as said: "oat milk and two packs of paper towels".</param>
/// <param name="WithFirstOnly">
/// The utterance with only the first product in place of the list ("add oat milk to my cart"): what the request
/// is (add, buy) does not depend on how many products it names, so the intent is judged on this.
/// </param>
public sealed record ItemListPhrase(string List, string WithFirstOnly);

/// <summary>One product as said in a list: its words, and how many when a number was said.</summary>
public sealed record SpokenItem(string Name, int? Quantity);
