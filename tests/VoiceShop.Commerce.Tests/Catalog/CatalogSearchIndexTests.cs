using VoiceShop.Commerce.Catalog.Search;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests.Catalog;

public sealed class CatalogSearchIndexTests
{
    private static readonly CatalogSearchIndex Index = CatalogSearchIndex.Build(DemoData.Catalog());

    [Theory]
    [InlineData("paper towels", "PT-2PK")]
    [InlineData("kitchen roll", "PT-2PK")]
    [InlineData("pair of towels", "PT-2PK")]
    [InlineData("toilet papper", "TP-12")]
    [InlineData("dish washer pods", "DW-PODS")]
    [InlineData("kleenecks", "TISSUES")]
    public void Names_synonyms_and_near_misses_rank_the_product_first(string spoken, string sku) =>
        Assert.Equal(sku, Index.Search(spoken)[0].Product.Sku);

    [Fact]
    public void Attributes_narrow_the_ranking()
    {
        var black = Index.Search("black waterproof jacket");
        var blue = Index.Search("blue waterproof jacket");

        Assert.Equal("JKT-TRAIL", black[0].Product.Sku);
        Assert.Equal("JKT-RAIN", blue[0].Product.Sku);
        Assert.True(black[0].Score > black[1].Score);
    }

    [Fact]
    public void A_price_limit_ranks_products_within_it_first()
    {
        Assert.Equal("JKT-RAIN", Index.Search("waterproof jacket", maxPrice: 150m)[0].Product.Sku);
        Assert.Equal("JKT-TRAIL", Index.Search("waterproof jacket", maxPrice: 500m)[0].Product.Sku);
    }

    [Fact]
    public void Words_from_no_product_find_nothing() =>
        Assert.Empty(Index.Search("weather forecast"));

    [Theory]
    [InlineData("pair", "paper")]
    [InlineData("kleenecks", "kleenex")]
    [InlineData("fone", "phone")]
    public void Sound_keys_match_words_that_sound_alike(string heard, string meant) =>
        Assert.Equal(SoundKey.Of(meant), SoundKey.Of(heard));

    [Fact]
    public void Sound_keys_keep_different_words_apart() =>
        Assert.NotEqual(SoundKey.Of("towel"), SoundKey.Of("tissue"));
}
