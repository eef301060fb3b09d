using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests;

public sealed class ProductFinderTests
{
    private static readonly IReadOnlyList<Product> Catalog = DemoData.Catalog();

    [Theory]
    [InlineData("paper towels", "PT-2PK")]
    [InlineData("Paper Towel", "PT-2PK")]
    [InlineData("kitchen roll", "PT-2PK")]
    [InlineData("double a batteries", "BAT-AA")]
    [InlineData("coffee pod", "CP-BOX")]
    [InlineData("BAT-AA", "BAT-AA")]
    [InlineData("winter jacket", "JKT-TRAIL")]
    public void Finds_products_by_name_synonym_plural_or_sku(string spoken, string? sku)
    {
        var match = ProductFinder.Find(Catalog, spoken);

        if (sku is null)
        {
            Assert.IsNotType<ProductMatch.Found>(match);
        }
        else
        {
            Assert.Equal(sku, Assert.IsType<ProductMatch.Found>(match).Product.Sku);
        }
    }

    [Fact]
    public void An_equally_good_match_is_ambiguous_rather_than_guessed()
    {
        var match = Assert.IsType<ProductMatch.Ambiguous>(ProductFinder.Find(Catalog, "batteries"));

        Assert.Equal(["BAT-AA", "BAT-AAA"], match.Candidates.Select(p => p.Sku).Order());
    }

    [Fact]
    public void Nothing_alike_is_not_found()
    {
        Assert.IsType<ProductMatch.NotFound>(ProductFinder.Find(Catalog, "frobnicator"));
    }
}
