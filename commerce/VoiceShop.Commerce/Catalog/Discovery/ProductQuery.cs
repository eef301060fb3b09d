namespace VoiceShop.Commerce.Catalog.Discovery;

/// <summary>
/// What a shopper (or an agent) is looking for: words to match names against, a category, a price limit and
/// attributes every result must have. Every part is optional ("what do you have under 10 dollars" is a price
/// alone); an empty query finds nothing rather than the whole catalog, because three arbitrary products answer no question.
/// </summary>
/// <param name="Text">Words that name the kind of product ("jacket", "coffee"), matched against names and synonyms.</param>
/// <param name="Category">A catalog category ("clothing"); only products in it are found.</param>
/// <param name="MaxPrice">The most one item may cost; products above it are only offered as the nearest miss.</param>
/// <param name="Attributes">Attribute words each result must have ("waterproof", "black").</param>
/// <param name="Limit">How many results to return at most (voice replies read three).</param>
public sealed record ProductQuery(
    string? Text = null,
    string? Category = null,
    decimal? MaxPrice = null,
    IReadOnlyList<string>? Attributes = null,
    int Limit = 3)
{
    /// <summary>Whether the query asks for anything at all.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Category) && (Attributes is null || Attributes.Count == 0) && MaxPrice is null;
}
