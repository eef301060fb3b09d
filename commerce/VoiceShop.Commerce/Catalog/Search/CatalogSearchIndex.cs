using System.Buffers;
using System.Collections.Frozen;

namespace VoiceShop.Commerce.Catalog.Search;

/// <summary>
/// An index of the catalog for finding products in what a shopper said, built once per catalog version.
/// Spoken words reach catalog words exactly, as two words run together ("dish washer"), within one or two
/// typing-style edits, or by sound ("pair of towels" for paper towels); products are then ranked by how
/// much of a name or synonym was heard and how much of what was heard it explains, then by attributes
/// ("black", "waterproof") and by a price limit. Matching is by word id and posting lists, so a lookup stays
/// well under a millisecond with tens of thousands of products.
/// </summary>
public sealed class CatalogSearchIndex
{
    private const double ExactQuality = 1.0;
    private const double JoinedQuality = 0.9;
    private const double EditQuality = 0.8;
    private const double SoundQuality = 0.6;

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "of", "for", "my", "me", "some", "to", "and", "with", "in", "on", "at", "by", "from", "i",
        "you", "it", "is", "are", "this", "that", "these", "those", "our", "your", "any", "more", "or", "one",
    ], StringComparer.Ordinal);

    private readonly Product[] _products;
    private readonly Variant[] _variants;
    private readonly FrozenDictionary<string, int> _wordIds;
    private readonly string[] _words;
    private readonly double[] _wordWeights;
    private readonly int[][] _postings;
    private readonly FrozenDictionary<string, int[]> _bySound;
    private readonly FrozenDictionary<string, int[]> _byDeletion;
    private readonly FrozenDictionary<string, int[]> _attributeProducts;
    private readonly FrozenDictionary<string, string[]> _attributeKeys;
    private readonly (string Key, string[] Words)[][] _productAttributes;
    private readonly ArrayPool<Accumulator> _variantPool = ArrayPool<Accumulator>.Create();
    private readonly ArrayPool<ProductScore> _productPool = ArrayPool<ProductScore>.Create();

    private CatalogSearchIndex(IReadOnlyList<Product> products)
    {
        _products = [.. products];
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var variants = new List<Variant>();
        for (var p = 0; p < _products.Length; p++)
        {
            var product = _products[p];
            foreach (var text in product.Synonyms.Prepend(product.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var ids = SpokenName.Words(text)
                    .Where(w => !FunctionWords.Contains(w))
                    .Distinct(StringComparer.Ordinal)
                    .Take(32)
                    .Select(w =>
                    {
                        if (!wordIds.TryGetValue(w, out var id))
                        {
                            id = wordIds.Count;
                            wordIds[w] = id;
                            postings.Add([]);
                        }

                        return id;
                    })
                    .ToArray();
                if (ids.Length == 0)
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    postings[id].Add(variants.Count);
                }

                variants.Add(new Variant(p, ids));
            }
        }

        _variants = [.. variants];
        _wordIds = wordIds.ToFrozenDictionary(StringComparer.Ordinal);
        _words = new string[wordIds.Count];
        foreach (var (word, id) in wordIds)
        {
            _words[id] = word;
        }

        _postings = postings.Select(l => l.ToArray()).ToArray();

        // Rarer words say more about which product is meant ("towel" more than "pack").
        var productCounts = postings.Select(l => l.Select(v => _variants[v].Product).Distinct().Count()).ToArray();
        _wordWeights = productCounts.Select(n => 1.0 + Math.Log((_products.Length + 1.0) / n)).ToArray();
        foreach (var variant in _variants)
        {
            variant.TotalWeight = variant.Words.Sum(w => _wordWeights[w]);
        }

        _bySound = wordIds
            .Where(kv => kv.Key.Length >= 3 && !kv.Key.Any(char.IsDigit))
            .GroupBy(kv => SoundKey.Of(kv.Key), kv => kv.Value)
            .Where(g => g.Key.Length >= 2)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byDeletion = wordIds
            .Where(kv => kv.Key.Length >= 4)
            .SelectMany(kv => Deletions(kv.Key).Select(d => (Key: d, Id: kv.Value)))
            .GroupBy(x => x.Key, x => x.Id)
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal);
        _attributeProducts = _products
            .SelectMany((product, p) => AttributeWords(product).Select(w => (Word: w, Product: p)))
            .GroupBy(x => x.Word, x => x.Product)
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal);
        _attributeKeys = _products
            .SelectMany(product => product.Attributes.SelectMany(a => AttributeWords(a.Key, a.Value).Select(w => (Word: w, a.Key))))
            .GroupBy(x => x.Word, x => x.Key.ToLowerInvariant())
            .ToFrozenDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _productAttributes = _products
            .Select(product => product.Attributes.Select(a => (a.Key.ToLowerInvariant(), AttributeWords(a.Key, a.Value).ToArray())).ToArray())
            .ToArray();
    }

    /// <summary>The indexed products.</summary>
    public IReadOnlyList<Product> Products => _products;

    /// <summary>Builds the index for <paramref name="products"/>.</summary>
    public static CatalogSearchIndex Build(IReadOnlyList<Product> products) => new(products);

    /// <summary>Whether <paramref name="word"/> (normalised, singular) is a word of some product name or synonym.</summary>
    public bool IsCatalogWord(string word) => _wordIds.ContainsKey(word);

    /// <summary>Whether <paramref name="word"/> is an attribute value of some product ("black", "waterproof").</summary>
    public bool IsAttributeWord(string word) => _attributeProducts.ContainsKey(word);

    /// <summary>Ranks products for a spoken product description such as "black waterproof jacket".</summary>
    public IReadOnlyList<ProductHit> Search(string spoken, decimal? maxPrice = null, int take = 5) =>
        Search(SpokenName.Words(spoken), maxPrice, take);

    /// <summary>
    /// Ranks products for <paramref name="words"/> (normalised, singular; null entries are positions to
    /// ignore, such as the numbers and carrier words around a product). The best hit first; empty when
    /// nothing resembles a product.
    /// </summary>
    public IReadOnlyList<ProductHit> Search(IReadOnlyList<string?> words, decimal? maxPrice = null, int take = 5)
    {
        // Scratch arrays indexed by variant and product come from pools owned by this index and are cleaned
        // (only where touched) before they go back, so a search allocates little even when a common word
        // ("black", "cotton") reaches thousands of products.
        var scores = _variantPool.Rent(_variants.Length);
        var best = _productPool.Rent(_products.Length);
        var touchedVariants = new List<int>();
        var touchedProducts = new List<int>();
        try
        {
            var queryAttributes = new List<string>();
            var queryWeight = Accumulate(words, scores, best, touchedVariants, touchedProducts, queryAttributes);
            return touchedVariants.Count == 0 ? [] : Rank(scores, best, touchedVariants, touchedProducts, queryAttributes, queryWeight, maxPrice, take);
        }
        finally
        {
            foreach (var v in touchedVariants)
            {
                scores[v] = default;
            }

            foreach (var p in touchedProducts)
            {
                best[p] = default;
            }

            _variantPool.Return(scores);
            _productPool.Return(best);
        }
    }

    private double Accumulate(IReadOnlyList<string?> words, Accumulator[] scores, ProductScore[] products, List<int> touchedVariants, List<int> touchedProducts, List<string> queryAttributes)
    {
        var count = Math.Min(words.Count, 64);
        double queryWeight = 0;
        for (var i = 0; i < count; i++)
        {
            var word = words[i];
            if (word is null || FunctionWords.Contains(word))
            {
                continue;
            }

            var isAttribute = _attributeProducts.TryGetValue(word, out var withAttribute);
            if (isAttribute)
            {
                queryAttributes.Add(word);
                foreach (var p in withAttribute!)
                {
                    if (!products[p].Touched)
                    {
                        products[p].Touched = true;
                        touchedProducts.Add(p);
                    }

                    products[p].AttributeHits++;
                }
            }

            var matches = Matches(words, i, count);
            if (matches.Count == 0)
            {
                // Attribute words narrow; other unknown words make every candidate a little less likely.
                queryWeight += isAttribute ? 0 : 1.0;
                continue;
            }

            var bestWeight = 0.0;
            foreach (var (wordId, quality, span) in matches)
            {
                var weight = _wordWeights[wordId] * quality;
                bestWeight = Math.Max(bestWeight, _wordWeights[wordId]);
                foreach (var v in _postings[wordId])
                {
                    ref var acc = ref scores[v];
                    var bit = 1UL << Array.IndexOf(_variants[v].Words, wordId);
                    if ((acc.MatchedWords & bit) != 0)
                    {
                        continue;
                    }

                    if (acc.Count == 0)
                    {
                        touchedVariants.Add(v);
                        acc.First = i;
                    }

                    acc.MatchedWords |= bit;
                    acc.Weight += weight;
                    acc.First = Math.Min(acc.First, i);
                    acc.Last = Math.Max(acc.Last, i + span - 1);
                    acc.Count++;
                }
            }

            queryWeight += bestWeight;
        }

        return queryWeight;
    }

    private List<ProductHit> Rank(
        Accumulator[] scores,
        ProductScore[] products,
        List<int> touchedVariants,
        List<int> touchedProducts,
        List<string> queryAttributes,
        double queryWeight,
        decimal? maxPrice,
        int take)
    {
        // The best name or synonym of each product decides its score.
        var candidates = new List<int>();
        foreach (var v in touchedVariants)
        {
            var acc = scores[v];
            var variant = _variants[v];
            var nameCoverage = acc.Weight / variant.TotalWeight;
            var queryCoverage = queryWeight <= 0 ? 0 : Math.Min(1, acc.Weight / queryWeight);
            var score = (0.6 * nameCoverage) + (0.4 * queryCoverage);
            ref var product = ref products[variant.Product];
            if (!product.Touched)
            {
                product.Touched = true;
                touchedProducts.Add(variant.Product);
            }

            if (!product.Named)
            {
                product.Named = true;
                candidates.Add(variant.Product);
            }
            else if (product.Score >= score)
            {
                continue;
            }

            (product.Score, product.Coverage, product.First, product.Last) = (score, nameCoverage, acc.First, acc.Last);
        }

        var top = new List<ProductHit>(take + 1);
        foreach (var p in candidates)
        {
            var candidate = products[p];
            var product = _products[p];
            var score = candidate.Score + (0.08 * candidate.AttributeHits);
            if (queryAttributes.Count > 0)
            {
                score -= 0.15 * Conflicts(p, queryAttributes);
            }

            if (maxPrice is { } limit && product.Price.Amount > limit)
            {
                score -= 0.3;
            }

            score = Math.Round(score, 6);
            if (top.Count >= take && score < top[^1].Score)
            {
                continue;
            }

            var hit = new ProductHit(product, score, candidate.Coverage, candidate.First, candidate.Last);
            if (top.Count < take || Ranking.Compare(hit, top[^1]) < 0)
            {
                var at = top.BinarySearch(hit, Ranking);
                top.Insert(at < 0 ? ~at : at, hit);
                if (top.Count > take)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }
        }

        return top;
    }

    /// <summary>Best first: score, then in stock, then cheaper, then SKU so that equal hits always come in one order.</summary>
    private static readonly Comparer<ProductHit> Ranking = Comparer<ProductHit>.Create((a, b) =>
    {
        var order = b.Score.CompareTo(a.Score);
        if (order == 0)
        {
            order = (b.Product.Stock > 0).CompareTo(a.Product.Stock > 0);
        }

        if (order == 0)
        {
            order = a.Product.Price.Amount.CompareTo(b.Product.Price.Amount);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Product.Sku, b.Product.Sku);
    });

    private List<(int WordId, double Quality, int Span)> Matches(IReadOnlyList<string?> words, int i, int count)
    {
        var word = words[i]!;
        var matches = new List<(int, double, int)>(2);
        if (_wordIds.TryGetValue(word, out var exact))
        {
            matches.Add((exact, ExactQuality, 1));
        }

        if (i + 1 < count && words[i + 1] is { } next && _wordIds.TryGetValue(SpokenName.Singular(word + next), out var joined))
        {
            matches.Add((joined, JoinedQuality, 2));
        }

        // Near misses only for word-sized words: a 500-letter "word" is noise, and its deletions would be costly.
        if (matches.Count > 0 || word.Length < 3 || word.Length > 30 || word.Any(char.IsDigit))
        {
            return matches;
        }

        if (word.Length >= 4)
        {
            var maxEdits = word.Length >= 7 ? 2 : 1;
            foreach (var key in Deletions(word).Prepend(word))
            {
                if (!_byDeletion.TryGetValue(key, out var ids))
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    if (matches.Exists(m => m.Item1 == id))
                    {
                        continue;
                    }

                    var candidate = _words[id];
                    if (EditDistance.Between(word, candidate, maxEdits) <= maxEdits)
                    {
                        matches.Add((id, EditQuality, 1));
                    }
                }
            }
        }

        // Sound-alikes compete with typing-style near misses rather than being a last resort: "pair" is one
        // edit from "pain" but sounds like "paper", and the rest of the words decide which was meant. The
        // plural's key is tried too, because singularising can cut a sound ("kleenecks").
        foreach (var key in (ReadOnlySpan<string>)[SoundKey.Of(word), SoundKey.Of(word + "s")])
        {
            if (_bySound.TryGetValue(key, out var sounds))
            {
                foreach (var id in sounds)
                {
                    if (!matches.Exists(m => m.Item1 == id))
                    {
                        matches.Add((id, SoundQuality, 1));
                    }
                }
            }
        }

        return matches;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>How many attributes the shopper asked for that the product has otherwise ("blue" for a black jacket).</summary>
    private int Conflicts(int product, List<string> queryAttributes)
    {
        var conflicts = 0;
        foreach (var word in queryAttributes)
        {
            conflicts += ConflictsWith(product, word) ? 1 : 0;
        }

        return conflicts;
    }

    private bool ConflictsWith(int product, string word)
    {
        foreach (var key in _attributeKeys[word])
        {
            foreach (var (productKey, words) in _productAttributes[product])
            {
                if (productKey == key && Array.IndexOf(words, word) < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words that name <paramref name="product"/>'s attributes ("black", "waterproof"), as the index matches them.</summary>
    public static IEnumerable<string> AttributeWords(Product product) =>
        product.Attributes.SelectMany(a => AttributeWords(a.Key, a.Value));

    /// <summary>The words that name an attribute value: "black" for colour black, "waterproof" for waterproof true.</summary>
    private static IEnumerable<string> AttributeWords(string key, string value) =>
        (value switch
        {
            "true" => SpokenName.Words(key),
            "false" => [],
            _ => SpokenName.Words(value),
        }).Where(w => !FunctionWords.Contains(w));

    private sealed record Variant(int Product, int[] Words)
    {
        public double TotalWeight { get; set; }
    }

    private struct Accumulator
    {
        public ulong MatchedWords;
        public double Weight;
        public int First;
        public int Last;
        public int Count;
    }

    private struct ProductScore
    {
        public bool Touched;
        public bool Named;
        public int AttributeHits;
        public double Score;
        public double Coverage;
        public int First;
        public int Last;
    }
}

/// <summary>
/// A ranked product: <see cref="Score"/> orders hits (about 1 for a full name heard and nothing else),
/// <see cref="NameCoverage"/> is how much of its best name or synonym was heard, and
/// <see cref="FirstWord"/>..<see cref="LastWord"/> the positions of the words that named it.
/// </summary>
public sealed record ProductHit(Product Product, double Score, double NameCoverage, int FirstWord, int LastWord);
