namespace VoiceShop.Commerce.Catalog;

/// <summary>The outcome of looking a spoken product name up in the catalog.</summary>
public abstract record ProductMatch
{
    private ProductMatch()
    {
    }

    /// <summary>One product is clearly meant.</summary>
    public sealed record Found(Product Product) : ProductMatch;

    /// <summary>Several products fit equally well; the shopper must choose.</summary>
    public sealed record Ambiguous(IReadOnlyList<Product> Candidates) : ProductMatch;

    /// <summary>Nothing in the catalog resembles the name.</summary>
    public sealed record NotFound(string Query) : ProductMatch;
}
