namespace VoiceShop.Commerce.Catalog.Discovery;

/// <summary>
/// The products that fit a <see cref="ProductQuery"/>, best first, at most its limit; <see cref="TotalFits"/>
/// counts all of them. When none fits only because of the price limit, <see cref="NearestMiss"/> is the
/// cheapest product that fits everything else, so the shopper hears what their limit would have to be.
/// </summary>
public sealed record ProductSearchResult(IReadOnlyList<Product> Fits, int TotalFits, Product? NearestMiss)
{
    public static ProductSearchResult Nothing { get; } = new([], 0, null);
}
