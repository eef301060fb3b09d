using VoiceShop.Commerce.Catalog;

namespace VoiceShop.Intents.Model;

/// <summary>
/// The values of a <see cref="SlotKind.Catalog"/> slot, taken from the catalog: the product name as value,
/// its synonyms, and its SKU as id, so a platform's own entity resolution hands us the SKU directly.
/// </summary>
public static class CatalogSlotValues
{
    /// <summary>One value per product; synonyms that merely repeat the name (after normalising) are dropped.</summary>
    public static IReadOnlyList<SlotTypeValue> From(IEnumerable<Product> products) =>
        products
            .Select(p =>
            {
                var name = SpokenName.Normalize(p.Name);
                var synonyms = p.Synonyms
                    .Select(s => s.Trim().ToLowerInvariant())
                    .Where(s => s.Length > 0 && SpokenName.Normalize(s) != name)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                return new SlotTypeValue(p.Sku, p.Name.Trim().ToLowerInvariant(), synonyms);
            })
            .ToList();
}

/// <summary>A slot type value: an id (the SKU), the value spoken, and other ways of saying it.</summary>
public sealed record SlotTypeValue(string Id, string Value, IReadOnlyList<string> Synonyms);
