using VoiceShop.Commerce.Catalog;

namespace VoiceShop.Intents.Handlers;

/// <summary>What to offer when the product asked for is out of stock.</summary>
internal static class Closest
{
    /// <summary>
    /// The in-stock product most like <paramref name="wanted"/>: the same category first, then most words of
    /// the name in common ("oat milk" for "almond milk"), then the same unit, then the nearest price; null when
    /// nothing in its category is in stock (another category is not an alternative).
    /// </summary>
    public static Product? InStockAlternative(IEnumerable<Product> products, Product wanted)
    {
        var words = Words(wanted.Name);
        return products
            .Where(p => p.Sku != wanted.Sku && p.HasStockFor(1) && string.Equals(p.Category, wanted.Category, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => Words(p.Name).Count(words.Contains))
            .ThenByDescending(p => string.Equals(p.Unit, wanted.Unit, StringComparison.OrdinalIgnoreCase))
            .ThenBy(p => Math.Abs(p.Price.Amount - wanted.Price.Amount))
            .ThenBy(p => p.Sku, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
