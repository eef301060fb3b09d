using System.Collections.Frozen;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Picks the intent whose sample utterances an utterance most resembles: both are reduced to features
/// (words and word pairs, slot values replaced by slot names) weighted by how rare they are across samples,
/// and compared by cosine similarity with each sample; an intent scores as its closest sample. Out-of-scope
/// samples compete as their own class, so "set a timer for ten minutes" lands there instead of on the
/// intent it shares a number with.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>The class of the model's out-of-scope samples.</summary>
    public const string OutOfScope = "OutOfScope";

    private readonly string[] _sampleIntents;
    private readonly FrozenDictionary<string, double> _idf;
    private readonly FrozenDictionary<string, (int Sample, double Weight)[]> _postings;
    private readonly double _unknownWeight;

    /// <param name="samples">Each sample's intent and features (from <see cref="UtteranceAnalyzer"/>).</param>
    public IntentClassifier(IReadOnlyList<(string Intent, IReadOnlyList<string> Features)> samples)
    {
        _sampleIntents = samples.Select(s => s.Intent).ToArray();
        var documentCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in samples.SelectMany(s => s.Features.Distinct()))
        {
            documentCounts[feature] = documentCounts.GetValueOrDefault(feature) + 1;
        }

        _idf = documentCounts.ToFrozenDictionary(kv => kv.Key, kv => Math.Log((samples.Count + 1.0) / kv.Value) + 1.0, StringComparer.Ordinal);
        _unknownWeight = Math.Log(samples.Count + 1.0) + 1.0;
        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var s = 0; s < samples.Count; s++)
        {
            var vector = Vector(samples[s].Features, _idf, 0);
            foreach (var (feature, weight) in vector)
            {
                if (!postings.TryGetValue(feature, out var list))
                {
                    postings[feature] = list = [];
                }

                list.Add((s, weight));
            }
        }

        _postings = postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every intent with its best similarity in [0, 1], best first.</summary>
    public IReadOnlyList<(string Intent, double Score)> Classify(IReadOnlyList<string> features)
    {
        var query = Vector(features, _idf, _unknownWeight);
        var dots = new Dictionary<int, double>();
        foreach (var (feature, weight) in query)
        {
            if (_postings.TryGetValue(feature, out var list))
            {
                foreach (var (sample, sampleWeight) in list)
                {
                    dots[sample] = dots.GetValueOrDefault(sample) + (weight * sampleWeight);
                }
            }
        }

        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (sample, dot) in dots)
        {
            var intent = _sampleIntents[sample];
            if (dot > best.GetValueOrDefault(intent))
            {
                best[intent] = dot;
            }
        }

        return best.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, Math.Min(1.0, kv.Value))).ToList();
    }

    /// <summary>A unit-length TF-IDF vector; features never seen in a sample weigh <paramref name="unknownWeight"/>, so unknown words lower every similarity.</summary>
    private static Dictionary<string, double> Vector(IReadOnlyList<string> features, FrozenDictionary<string, double> idf, double unknownWeight)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var weight = idf.TryGetValue(feature, out var known) ? known : unknownWeight;
            if (feature.Contains(' ', StringComparison.Ordinal))
            {
                // Word pairs confirm word order; the words themselves carry most of the meaning.
                weight *= 0.7;
            }

            vector[feature] = vector.GetValueOrDefault(feature) + weight;
        }

        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList())
        {
            vector[key] /= norm;
        }

        return vector;
    }
}
