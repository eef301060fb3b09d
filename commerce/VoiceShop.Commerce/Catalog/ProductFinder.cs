namespace VoiceShop.Commerce.Catalog;

/// <summary>
/// Finds the product a shopper named. An exact name, synonym or SKU wins outright; otherwise products are
/// ranked by how many of the spoken words they contain, and a tie at the top is reported as ambiguous
/// rather than guessed, because a guess here spends the shopper's money.
/// </summary>
public static class ProductFinder
{
    /// <summary>Matches <paramref name="spokenName"/> against <paramref name="products"/>.</summary>
    public static ProductMatch Find(IReadOnlyList<Product> products, string spokenName)
    {
        var query = SpokenName.Normalize(spokenName);
        if (query.Length == 0)
        {
            return new ProductMatch.NotFound(spokenName);
        }

        var exact = products.Where(p => IsExact(p, query)).ToList();
        if (exact.Count == 1)
        {
            return new ProductMatch.Found(exact[0]);
        }

        if (exact.Count > 1)
        {
            return new ProductMatch.Ambiguous(exact);
        }

        var queryWords = query.Split(' ');
        var ranked = products
            .Select(p => (Product: p, Score: Score(p, queryWords)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (ranked.Count == 0)
        {
            return new ProductMatch.NotFound(spokenName);
        }

        var best = ranked[0].Score;
        var top = ranked.TakeWhile(x => x.Score == best).Select(x => x.Product).ToList();
        return top.Count == 1 ? new ProductMatch.Found(top[0]) : new ProductMatch.Ambiguous(top);
    }

    private static bool IsExact(Product product, string query) =>
        string.Equals(product.Sku, query, StringComparison.OrdinalIgnoreCase)
        || SpokenName.Normalize(product.Name) == query
        || product.Synonyms.Any(s => SpokenName.Normalize(s) == query);

    /// <summary>
    /// The best share of the query's words found in the name or one synonym, in percent. All query words
    /// must appear for a name to count fully; a name that also has extra words scores slightly lower.
    /// </summary>
    private static int Score(Product product, string[] queryWords)
    {
        var best = 0;
        foreach (var candidate in product.Synonyms.Prepend(product.Name))
        {
            var words = SpokenName.Words(candidate);
            var hits = queryWords.Count(q => words.Contains(q));
            if (hits == 0)
            {
                continue;
            }

            var coverage = 100 * hits / queryWords.Length;
            var precision = 100 * hits / words.Length;
            best = Math.Max(best, (coverage * 2) + precision);
        }

        return best;
    }
}
