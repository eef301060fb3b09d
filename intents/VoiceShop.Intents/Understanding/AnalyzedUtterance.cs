using VoiceShop.Commerce.Catalog.Search;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// One utterance taken apart: its words, the slot values found in it, and the features the intent
/// classifier compares, in which slot values are replaced by their slot's name ("buy {quantity} {product}").
/// </summary>
public sealed record AnalyzedUtterance(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Features,
    ProductHit? Product,
    bool ProductAmbiguous,
    string? ProductSpoken,
    int? Quantity,
    decimal? MaxPrice,
    bool OnlyNumber)
{
    /// <summary>Whether the words name something that could be a product, found in the catalog or not.</summary>
    public bool HasProductWords => ProductSpoken is not null;
}
