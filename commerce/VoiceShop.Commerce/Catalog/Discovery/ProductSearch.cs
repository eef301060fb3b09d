using VoiceShop.Commerce.Catalog.Search;

namespace VoiceShop.Commerce.Catalog.Discovery;

/// <summary>
/// Answers "what jackets do you have under 200 dollars": the in-stock products that fit a
/// <see cref="ProductQuery"/>, best first, for any front door (the voice conversation now, the agentic
/// protocols later). Relevance comes from the catalog's search index; products are only ever filtered, never
/// guessed, and out-of-stock products are left out because a shopper cannot buy what they hear.
/// </summary>
public static class ProductSearch
{
    /// <summary>
    /// How much of a name or synonym the words must cover: "jacket" covers half of "winter jacket", while a
    /// single near-miss word in a long name does not make it a match.
    /// </summary>
    private const double MinNameCoverage = 0.3;

    /// <summary>Relevance scores this close rank as equal, so the price decides between them.</summary>
    private const double ScoreTolerance = 0.05;

    /// <summary>Finds what fits <paramref name="query"/> in <paramref name="index"/>'s catalog.</summary>
    public static ProductSearchResult Find(CatalogSearchIndex index, ProductQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty || query.Limit < 1)
        {
            return ProductSearchResult.Nothing;
        }

        var relevant = Relevant(index, query);
        var fits = relevant.Where(r => query.MaxPrice is not { } limit || r.Product.Price.Amount <= limit).ToList();
        if (fits.Count == 0)
        {
            // Everything relevant costs more than the limit: the cheapest of it is the one to offer instead.
            var nearest = relevant.Select(r => r.Product).OrderBy(p => p.Price.Amount).ThenBy(p => p.Sku, StringComparer.Ordinal).FirstOrDefault();
            return ProductSearchResult.Nothing with { NearestMiss = nearest };
        }

        var ranked = fits
            .OrderByDescending(r => Math.Round(r.Score / ScoreTolerance))
            .ThenBy(r => BudgetOrder(r.Product, query.MaxPrice))
            .ThenBy(r => r.Product.Sku, StringComparer.Ordinal)
            .Select(r => r.Product)
            .ToList();
        return new ProductSearchResult(ranked.Take(query.Limit).ToList(), ranked.Count, null);
    }

    /// <summary>
    /// Between equally relevant products: with a price limit, the one that makes most of it first (a shopper who
    /// says "under 200 dollars" is asking what their budget buys); without one, the cheaper first.
    /// </summary>
    private static decimal BudgetOrder(Product product, decimal? maxPrice) =>
        maxPrice is null ? product.Price.Amount : -product.Price.Amount;

    /// <summary>The in-stock products that match the words, category and attributes, whatever their price, with how well they match.</summary>
    private static List<(Product Product, double Score)> Relevant(CatalogSearchIndex index, ProductQuery query)
    {
        var attributes = (query.Attributes ?? []).SelectMany(SpokenName.Words).Distinct(StringComparer.Ordinal).ToList();
        var candidates = index.Products
            .Where(p => p.HasStockFor(1))
            .Where(p => string.IsNullOrWhiteSpace(query.Category) || SameCategory(p.Category, query.Category))
            .Where(p => attributes.Count == 0 || HasAll(p, attributes));
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return candidates.Select(p => (p, 1.0)).ToList();
        }

        var scores = index.Search(query.Text, take: index.Products.Count)
            .Where(h => h.NameCoverage >= MinNameCoverage)
            .ToDictionary(h => h.Product.Sku, h => h.Score, StringComparer.Ordinal);
        return candidates.Where(p => scores.ContainsKey(p.Sku)).Select(p => (p, scores[p.Sku])).ToList();
    }

    private static bool SameCategory(string category, string asked) =>
        SpokenName.Normalize(category) == SpokenName.Normalize(asked);

    private static bool HasAll(Product product, List<string> attributes)
    {
        var words = CatalogSearchIndex.AttributeWords(product).ToHashSet(StringComparer.Ordinal);
        return attributes.All(words.Contains);
    }
}
