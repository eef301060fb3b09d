using System.Collections.Frozen;
using VoiceShop.Commerce.Catalog.Search;

namespace VoiceShop.Commerce.Catalog.Discovery;

/// <summary>
/// Turns what a shopper said they are looking for ("waterproof jackets", "anything black", "clothing") into a
/// <see cref="ProductQuery"/>: a word that names a catalog category becomes the category, attribute words
/// become attributes every result must have, words that ask for nothing in particular ("anything") are dropped,
/// and the rest is matched against names. Agents that send structured queries skip this.
/// </summary>
public static class SpokenProductQuery
{
    /// <summary>Words that stand for "any product" rather than naming one.</summary>
    private static readonly FrozenSet<string> AnyProductWords = FrozenSet.ToFrozenSet(
        ["anything", "something", "thing", "stuff", "product", "item", "kind", "sort", "type", "else", "other", "what", "which", "good", "nice"],
        StringComparer.Ordinal);

    /// <summary>The query for <paramref name="spoken"/> against <paramref name="index"/>'s catalog.</summary>
    public static ProductQuery From(CatalogSearchIndex index, string? spoken, decimal? maxPrice, int limit = 3)
    {
        ArgumentNullException.ThrowIfNull(index);
        var categories = index.Products.Select(p => p.Category).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string? category = null;
        var attributes = new List<string>();
        var text = new List<string>();
        foreach (var word in SpokenName.Words(spoken ?? ""))
        {
            if (AnyProductWords.Contains(word))
            {
                continue;
            }

            if (category is null && categories.FirstOrDefault(c => SpokenName.Normalize(c) == word) is { } named)
            {
                category = named;
            }
            else if (index.IsAttributeWord(word))
            {
                attributes.Add(word);
            }
            else
            {
                text.Add(word);
            }
        }

        return new ProductQuery(text.Count == 0 ? null : string.Join(' ', text), category, maxPrice, attributes, limit);
    }
}
