using System.Globalization;
using System.Text;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// A back-off trigram language model over weighted sentences, written in the ARPA text format pocketsphinx
/// reads. Unlike a closed grammar it can decode word sequences it was never given, which is what lets the
/// recogniser notice speech that is not a command (the decode is not one of the sentences) instead of forcing
/// it into the nearest one. Smoothing is deliberately simple: every context keeps <see cref="BackoffMass"/> of
/// its probability for unseen words (absolute weights work with the fractional counts that weighted templates
/// give), and back-off weights are computed so each context's distribution sums to one.
/// </summary>
public static class NgramLanguageModel
{
    /// <summary>The order: trigrams, enough for short commands.</summary>
    public const int Order = 3;

    /// <summary>
    /// The share of every context's probability left for word sequences the sentences never show. Small, so
    /// commands decode as the sentences they are; not zero, so other speech decodes as something else.
    /// </summary>
    public const double BackoffMass = 0.001;

    private const string Start = "<s>";
    private const string End = "</s>";

    /// <summary>The model of <paramref name="grammar"/>'s sentences whose words all satisfy <paramref name="isKnownWord"/>, in ARPA format.</summary>
    public static string ToArpa(CommandGrammar grammar, Func<string, bool> isKnownWord)
    {
        var counts = Enumerable.Range(0, Order + 1).Select(_ => new Dictionary<string, double>(StringComparer.Ordinal)).ToArray();
        foreach (var sentence in grammar.Phrases)
        {
            var words = sentence.Split(' ');
            if (!words.All(isKnownWord))
            {
                continue;
            }

            string[] tokens = [Start, .. words, End];
            for (var n = 1; n <= Order; n++)
            {
                for (var i = 0; i + n <= tokens.Length; i++)
                {
                    if (n == 1 && i == 0)
                    {
                        continue; // <s> is never predicted.
                    }

                    var key = string.Join(' ', tokens, i, n);
                    counts[n][key] = counts[n].GetValueOrDefault(key) + grammar.Weight(sentence);
                }
            }
        }

        if (counts[1].Count == 0)
        {
            throw new ArgumentException("No sentence of the grammar has only known words.", nameof(grammar));
        }

        var probability = Probabilities(counts);
        var backoff = BackoffWeights(counts, probability);
        return Write(counts, probability, backoff);
    }

    private static Dictionary<string, double> Probabilities(Dictionary<string, double>[] counts)
    {
        var probability = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = counts[1].Values.Sum();
        var vocabulary = counts[1].Count;
        foreach (var (word, count) in counts[1])
        {
            probability[word] = ((1 - BackoffMass) * count / total) + (BackoffMass / vocabulary);
        }

        for (var n = 2; n <= Order; n++)
        {
            foreach (var context in counts[n].GroupBy(g => History(g.Key)))
            {
                var contextTotal = context.Sum(g => g.Value);
                foreach (var (gram, count) in context)
                {
                    probability[gram] = (1 - BackoffMass) * count / contextTotal;
                }
            }
        }

        return probability;
    }

    private static Dictionary<string, double> BackoffWeights(Dictionary<string, double>[] counts, Dictionary<string, double> probability)
    {
        var backoff = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var n = 2; n <= Order; n++)
        {
            foreach (var context in counts[n].Keys.GroupBy(History))
            {
                var seen = context.Sum(g => probability[g]);
                var lowerSeen = context.Sum(g => Backed(Tail(g), probability, backoff));
                backoff[context.Key] = (1 - seen) / Math.Max(1 - lowerSeen, 1e-12);
            }
        }

        return backoff;
    }

    /// <summary>P(gram) with back-off, for grams of a lower order than the one being weighed.</summary>
    private static double Backed(string gram, Dictionary<string, double> probability, Dictionary<string, double> backoff)
    {
        if (probability.TryGetValue(gram, out var p))
        {
            return p;
        }

        var space = gram.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? 0 : backoff.GetValueOrDefault(History(gram), 1.0) * Backed(Tail(gram), probability, backoff);
    }

    private static string Write(Dictionary<string, double>[] counts, Dictionary<string, double> probability, Dictionary<string, double> backoff)
    {
        var grams = new List<string>[Order + 1];
        grams[1] = [Start, .. counts[1].Keys.Order(StringComparer.Ordinal)];
        for (var n = 2; n <= Order; n++)
        {
            grams[n] = [.. counts[n].Keys.Order(StringComparer.Ordinal)];
        }

        var arpa = new StringBuilder("\\data\\\n");
        for (var n = 1; n <= Order; n++)
        {
            arpa.Append(CultureInfo.InvariantCulture, $"ngram {n}={grams[n].Count}\n");
        }

        for (var n = 1; n <= Order; n++)
        {
            arpa.Append(CultureInfo.InvariantCulture, $"\n\\{n}-grams:\n");
            foreach (var gram in grams[n])
            {
                var logProbability = probability.TryGetValue(gram, out var p) ? Math.Log10(p) : -99;
                arpa.Append(CultureInfo.InvariantCulture, $"{logProbability:0.######} {gram}");
                if (n < Order && backoff.TryGetValue(gram, out var weight))
                {
                    arpa.Append(CultureInfo.InvariantCulture, $" {Math.Log10(weight):0.######}");
                }

                arpa.Append('\n');
            }
        }

        return arpa.Append("\n\\end\\\n").ToString();
    }

    private static string History(string gram) => gram[..gram.LastIndexOf(' ')];

    private static string Tail(string gram) => gram[(gram.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
