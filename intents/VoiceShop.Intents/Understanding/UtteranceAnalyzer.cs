using System.Collections.Frozen;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Catalog.Search;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Finds the slot values in an utterance: a price limit ("under 200 dollars", "less than fifty bucks"), a
/// quantity (but not "size ten" or "ten minutes"), and the product, looked up in the catalog by name,
/// synonym, near miss or sound, narrowed by attributes and the price limit. The same analysis runs over
/// the interaction model's samples, so samples and shoppers are compared in the same terms.
/// </summary>
public sealed class UtteranceAnalyzer
{
    /// <summary>Stands for the product slot in a sample utterance.</summary>
    public const string ProductMarker = "slotproduct";

    /// <summary>Stands for the quantity slot in a sample utterance.</summary>
    public const string QuantityMarker = "slotquantity";

    /// <summary>Stands for the price-limit slot in a sample utterance.</summary>
    public const string PriceMarker = "slotmaxprice";

    private const double MinProductScore = 0.5;
    private const double MinNameCoverage = 0.45;

    private static readonly string[][] PricePrefixes =
    [
        ["less", "than"], ["less", "then"], ["cheaper", "than"], ["no", "more", "than"], ["not", "more", "than"], ["at", "most"],
        ["up", "to"], ["max", "price", "of"], ["maximum", "price", "of"], ["max", "of"], ["maximum", "of"], ["budget", "of"],
        ["price", "limit", "of"], ["not", "over"], ["no", "over"], ["under"], ["below"], ["max"], ["maximum"], ["within"], ["beneath"],
    ];

    private static readonly string[][] PriceSuffixes = [["or", "less"], ["or", "under"], ["or", "cheaper"], ["or", "below"], ["tops"], ["max"], ["maximum"], ["at", "most"]];

    private static readonly FrozenSet<string> CurrencyWords = FrozenSet.ToFrozenSet(["dollars", "dollar", "bucks", "buck", "usd", "dollars", "quid"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotQuantityBefore = FrozenSet.ToFrozenSet(
        ["size", "number", "model", "version", "type", "level", "gen", "generation", "series", "page", "channel", "room", "step", "chapter", "at", "for", "plus", "minus", "times", "by"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotQuantityAfter = FrozenSet.ToFrozenSet(
        [
            "percent", "inch", "inches", "ounce", "ounces", "oz", "gallon", "gallons", "liter", "liters", "litre", "litres", "ml", "mm", "cm",
            "pound", "pounds", "lb", "lbs", "watt", "watts", "volt", "volts", "gb", "tb", "year", "years", "month", "months", "day", "days",
            "week", "weeks", "minute", "minutes", "hour", "hours", "second", "seconds", "am", "pm", "oclock", "degree", "degrees", "dollars",
            "dollar", "bucks", "cents", "person", "people", "mile", "miles", "foot", "feet", "calories", "plus", "minus", "times", "percent",
        ],
        StringComparer.Ordinal);

    private readonly CatalogSearchIndex _catalog;
    private readonly FrozenSet<string> _carrierWords;

    /// <param name="catalog">The catalog to find products in.</param>
    /// <param name="carrierWords">Words of the model's samples around the slots ("buy", "again", "nope"): their meaning is known, so they are never taken for product words (not even as near misses) unless the catalog uses them.</param>
    public UtteranceAnalyzer(CatalogSearchIndex catalog, IEnumerable<string> carrierWords)
    {
        _catalog = catalog;
        _carrierWords = carrierWords.Where(w => !catalog.IsCatalogWord(SpokenName.Singular(w))).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The catalog index this analyzer searches.</summary>
    public CatalogSearchIndex Catalog => _catalog;

    /// <summary>Whether <paramref name="word"/> is one of the samples' words around the slots ("add", "cart"), never a product word.</summary>
    public bool IsCarrierWord(string word) => _carrierWords.Contains(word);

    /// <summary>Takes <paramref name="words"/> (from <see cref="SpokenText.Words"/>) apart.</summary>
    public AnalyzedUtterance Analyze(IReadOnlyList<string> words)
    {
        var roles = new Role[words.Count];
        var numbers = NumberWords.Find(words);
        decimal? maxPrice = FindPrice(words, numbers, roles);
        int? quantity = null;
        var searchWords = new string?[words.Count];
        foreach (var number in numbers.Where(n => roles[n.Start] == Role.None))
        {
            var before = number.Start > 0 ? words[number.Start - 1] : "";
            var after = number.End < words.Count ? words[number.End] : "";
            if (before == "size")
            {
                // "size ten" is an attribute of the product, never how many.
                searchWords[number.Start] = ((int)number.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Mark(roles, number.Start - 1, number.End, Role.Attribute);
                continue;
            }

            var counts = quantity is null && number.Value == decimal.Truncate(number.Value) && number.Value is >= 1 and <= 10_000
                && !NotQuantityBefore.Contains(before) && !NotQuantityAfter.Contains(after);
            if (counts)
            {
                quantity = (int)number.Value;
            }

            Mark(roles, number.Start, number.End, counts ? Role.Quantity : Role.Number);
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == QuantityMarker)
            {
                roles[i] = Role.Quantity;
            }
            else if (roles[i] == Role.None && word != ProductMarker && !_carrierWords.Contains(word))
            {
                searchWords[i] ??= SpokenName.Singular(word);
            }
        }

        var hits = _catalog.Search(searchWords, maxPrice, take: 2);
        ProductHit? product = null;
        var ambiguous = false;
        string? spoken = null;
        var markerAt = IndexOf(words, ProductMarker);
        if (markerAt >= 0)
        {
            roles[markerAt] = Role.Product;
        }
        else if (hits.Count > 0 && hits[0].Score >= MinProductScore && hits[0].NameCoverage >= MinNameCoverage)
        {
            product = hits[0];
            ambiguous = hits.Count > 1 && hits[1].Score >= hits[0].Score - 1e-6;
            var (first, last) = (product.FirstWord, product.LastWord);
            while (first > 0 && roles[first - 1] is Role.None or Role.Attribute && _catalog.IsAttributeWord(SpokenName.Singular(words[first - 1])))
            {
                first--;
            }

            while (last + 1 < words.Count && roles[last + 1] == Role.None && _catalog.IsAttributeWord(SpokenName.Singular(words[last + 1])))
            {
                last++;
            }

            Mark(roles, first, last + 1, Role.Product);
            spoken = string.Join(' ', words.Skip(first).Take(last - first + 1));
        }
        else
        {
            spoken = Residual(words, roles);
        }

        return new AnalyzedUtterance(
            words,
            Features(words, roles),
            product,
            ambiguous,
            spoken,
            quantity,
            maxPrice,
            OnlyNumber: numbers.Count == 1 && roles.Count(r => r == Role.None) == 0 && quantity is not null);
    }

    private static decimal? FindPrice(IReadOnlyList<string> words, List<NumberMention> numbers, Role[] roles)
    {
        var markerAt = IndexOf(words, PriceMarker);
        var candidates = numbers.Select(n => (n.Start, n.End, n.Value)).ToList();
        if (markerAt >= 0)
        {
            candidates.Insert(0, (markerAt, markerAt + 1, 0m));
        }

        foreach (var (start, end, value) in candidates)
        {
            var prefix = PricePrefixes.FirstOrDefault(p => EndsAt(words, p, start));
            var stop = end;
            var amount = value;
            if (stop < words.Count && CurrencyWords.Contains(words[stop]))
            {
                stop++;
                var cents = numbers.FirstOrDefault(n => n.Start == stop + (stop < words.Count && words[stop] == "and" ? 1 : 0));
                if (cents.End > 0 && cents.End < words.Count && words[cents.End] is "cents" or "cent")
                {
                    amount += cents.Value / 100m;
                    stop = cents.End + 1;
                }
            }

            var suffix = PriceSuffixes.FirstOrDefault(s => StartsAt(words, s, stop));
            if (prefix is null && suffix is null)
            {
                continue;
            }

            var from = prefix is null ? start : start - prefix.Length;
            if (from > 0 && words[from - 1] == "for")
            {
                from--;
            }

            Mark(roles, from, stop + (suffix?.Length ?? 0), Role.Price);
            return amount;
        }

        return null;
    }

    private string? Residual(IReadOnlyList<string> words, Role[] roles)
    {
        var (bestStart, bestLength, start) = (0, 0, -1);
        for (var i = 0; i <= words.Count; i++)
        {
            var content = i < words.Count && roles[i] is Role.None or Role.Attribute && !_carrierWords.Contains(words[i]) && !IsFunctionWord(words[i]);
            if (content && start < 0)
            {
                start = i;
            }
            else if (!content && start >= 0)
            {
                if (i - start > bestLength)
                {
                    (bestStart, bestLength) = (start, i - start);
                }

                start = -1;
            }
        }

        return bestLength == 0 ? null : string.Join(' ', words.Skip(bestStart).Take(bestLength));
    }

    private static List<string> Features(IReadOnlyList<string> words, Role[] roles)
    {
        var tokens = new List<string>(words.Count + 1) { "<s>" };
        for (var i = 0; i < words.Count; i++)
        {
            if (roles[i] == Role.Attribute)
            {
                // "size ten" narrows the product; it says nothing about what the shopper wants done.
                continue;
            }

            var token = roles[i] switch
            {
                Role.Price => "{maxprice}",
                Role.Quantity => "{quantity}",
                Role.Number => "{number}",
                Role.Product => "{product}",
                _ => words[i] == ProductMarker ? "{product}" : Stem(words[i]),
            };
            if (token.StartsWith('{') && tokens[^1] == token)
            {
                continue;
            }

            tokens.Add(token);
        }

        var features = new List<string>(tokens.Count * 2);
        for (var i = 1; i < tokens.Count; i++)
        {
            features.Add(tokens[i]);
            features.Add(tokens[i - 1] + " " + tokens[i]);
        }

        return features;
    }

    /// <summary>A crude stem, the same for samples and shoppers: "arriving", "arrives" and "arrive" compare equal.</summary>
    public static string Stem(string word)
    {
        var w = SpokenName.Singular(word);
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length > 4 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 's' or 'l'))
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsFunctionWord(string word) => word is "a" or "an" or "the" or "of" or "for" or "my" or "me" or "some" or "to" or "and" or "i" or "it" or "is" or "you" or "do" or "not";

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsAt(IReadOnlyList<string> words, string[] phrase, int end)
    {
        var start = end - phrase.Length;
        return start >= 0 && StartsAt(words, phrase, start);
    }

    private static bool StartsAt(IReadOnlyList<string> words, string[] phrase, int start)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[start + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Mark(Role[] roles, int start, int end, Role role)
    {
        for (var i = start; i < end && i < roles.Length; i++)
        {
            roles[i] = role;
        }
    }

    private enum Role : byte
    {
        None,
        Price,
        Quantity,
        Number,
        Attribute,
        Product,
    }
}
