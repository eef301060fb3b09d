using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests;

public sealed class ProductResolverTests
{
    private static readonly IReadOnlyList<Product> Catalog = DemoData.Catalog();

    [Fact]
    public void A_resolved_sku_in_the_catalog_wins_over_the_words()
    {
        var match = ProductResolver.Resolve(Catalog, "OAT-MILK", "batteries");

        Assert.Equal("OAT-MILK", Assert.IsType<ProductMatch.Found>(match).Product.Sku);
    }

    [Fact]
    public void An_unknown_sku_falls_back_to_the_words()
    {
        var match = ProductResolver.Resolve(Catalog, "NO-SUCH-SKU", "coffee pods");

        Assert.Equal("CP-BOX", Assert.IsType<ProductMatch.Found>(match).Product.Sku);
    }

    [Fact]
    public void Words_that_fit_several_products_are_ambiguous_and_nothing_is_not_found()
    {
        Assert.IsType<ProductMatch.Ambiguous>(ProductResolver.Resolve(Catalog, null, "batteries"));
        Assert.IsType<ProductMatch.NotFound>(ProductResolver.Resolve(Catalog, null, "frobnicator"));
    }
}
