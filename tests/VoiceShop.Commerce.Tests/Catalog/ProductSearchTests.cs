using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Catalog.Discovery;
using VoiceShop.Commerce.Catalog.Search;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests.Catalog;

public sealed class ProductSearchTests
{
    private static readonly CatalogSearchIndex Index = CatalogSearchIndex.Build(DemoData.Catalog());

    private static string[] Skus(ProductSearchResult result) => result.Fits.Select(p => p.Sku).ToArray();

    [Fact]
    public void Jackets_under_a_limit_come_best_first_making_most_of_the_budget()
    {
        var result = ProductSearch.Find(Index, new ProductQuery(Text: "jackets", MaxPrice: 200m));

        Assert.Equal(["JKT-TRAIL", "JKT-RAIN"], Skus(result));
        Assert.Equal(2, result.TotalFits);
        Assert.Null(result.NearestMiss);
    }

    [Fact]
    public void Nothing_under_the_limit_offers_the_cheapest_that_fits_everything_else()
    {
        var result = ProductSearch.Find(Index, new ProductQuery(Text: "jacket", MaxPrice: 100m));

        Assert.Empty(result.Fits);
        Assert.Equal("JKT-RAIN", result.NearestMiss?.Sku);
    }

    [Fact]
    public void Attributes_must_all_be_there()
    {
        var waterproof = ProductSearch.Find(Index, new ProductQuery(Attributes: ["waterproof"], Limit: 10));
        var blackWaterproof = ProductSearch.Find(Index, new ProductQuery(Attributes: ["black", "waterproof"], Limit: 10));

        // Without a price limit, equally relevant products come cheaper first.
        Assert.Equal(["UMBRELLA", "JKT-RAIN", "JKT-TRAIL"], Skus(waterproof));
        Assert.All(waterproof.Fits, p => Assert.Equal("true", p.Attributes["waterproof"]));
        Assert.DoesNotContain("JKT-RAIN", Skus(blackWaterproof));
        Assert.Contains("JKT-TRAIL", Skus(blackWaterproof));
    }

    [Fact]
    public void At_most_the_limit_is_returned_and_the_total_counts_the_rest()
    {
        var result = ProductSearch.Find(Index, new ProductQuery(Category: "grocery", Limit: 3));

        Assert.Equal(3, result.Fits.Count);
        Assert.True(result.TotalFits > 3);
        Assert.All(result.Fits, p => Assert.Equal("grocery", p.Category));
    }

    [Fact]
    public void Out_of_stock_products_are_never_offered()
    {
        var result = ProductSearch.Find(Index, new ProductQuery(Text: "almond milk", Limit: 10));

        Assert.DoesNotContain("ALM-MILK", Skus(result));
    }

    [Fact]
    public void An_empty_or_unknown_query_finds_nothing()
    {
        Assert.Empty(ProductSearch.Find(Index, new ProductQuery()).Fits);
        Assert.Empty(ProductSearch.Find(Index, new ProductQuery(Text: "frobnicator")).Fits);
        Assert.Null(ProductSearch.Find(Index, new ProductQuery(Text: "frobnicator", MaxPrice: 5m)).NearestMiss);
    }

    [Theory]
    [InlineData("waterproof jackets", "jacket", null, "waterproof")]
    [InlineData("anything waterproof", null, null, "waterproof")]
    [InlineData("clothing", null, "clothing", "")]
    [InlineData("coffee", "coffee", null, "")]
    public void Spoken_words_split_into_text_category_and_attributes(string spoken, string? text, string? category, string attributes)
    {
        var query = SpokenProductQuery.From(Index, spoken, maxPrice: null);

        Assert.Equal(text, query.Text);
        Assert.Equal(category, query.Category);
        Assert.Equal(attributes, string.Join(' ', query.Attributes ?? []));
    }

    [Fact]
    public void Coffee_finds_the_coffee_pods_first()
    {
        var result = ProductSearch.Find(Index, SpokenProductQuery.From(Index, "coffee", maxPrice: null));

        Assert.Equal("CP-BOX", result.Fits[0].Sku);
    }
}
