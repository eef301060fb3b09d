namespace VoiceShop.Commerce.Catalog;

/// <summary>
/// Which catalog product a shopper meant, by one rule everywhere (buying, order status, cancelling, prices): a
/// SKU the platform already resolved wins when the catalog has it; otherwise the words said are matched
/// (<see cref="ProductFinder"/>), or the SKU itself when no words came.
/// </summary>
public static class ProductResolver
{
    /// <summary>The product for <paramref name="sku"/> and <paramref name="spokenName"/>, either of which may be absent.</summary>
    public static ProductMatch Resolve(IReadOnlyList<Product> products, string? sku, string? spokenName)
    {
        if (sku is not null && products.FirstOrDefault(p => p.Sku == sku) is { } bySku)
        {
            return new ProductMatch.Found(bySku);
        }

        return ProductFinder.Find(products, spokenName ?? sku ?? "");
    }
}
