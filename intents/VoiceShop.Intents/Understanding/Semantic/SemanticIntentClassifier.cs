using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;

namespace VoiceShop.Intents.Understanding.Semantic;

/// <summary>
/// Picks the intent whose examples an utterance means most nearly: every example is embedded once, when the
/// classifier is built, and an utterance scores against each intent as the cosine similarity of its nearest
/// example. Out-of-scope examples compete as their own class (<see cref="IntentClassifier.OutOfScope"/>),
/// so "what is the speed of light" finds its neighbours there rather than on the order it shares a word with.
/// </summary>
public sealed class SemanticIntentClassifier
{
    private readonly SentenceEmbedder _embedder;
    private readonly string[] _exampleIntents;
    private readonly string[] _exampleTexts;
    private readonly float[] _vectors;
    private readonly int _dimensions;

    private SemanticIntentClassifier(SentenceEmbedder embedder, IReadOnlyList<(string Intent, string Text)> examples, float[][] vectors, TimeSpan buildTime)
    {
        _embedder = embedder;
        _exampleIntents = examples.Select(e => e.Intent).ToArray();
        _exampleTexts = examples.Select(e => e.Text).ToArray();
        _dimensions = vectors[0].Length;
        _vectors = new float[vectors.Length * _dimensions];
        for (var i = 0; i < vectors.Length; i++)
        {
            Normalize(vectors[i]).CopyTo(_vectors, i * _dimensions);
        }

        BuildTime = buildTime;
    }

    /// <summary>How many examples were embedded.</summary>
    public int ExampleCount => _exampleIntents.Length;

    /// <summary>How long loading the model and embedding every example (or reading their kept vectors) took.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Whether the examples' vectors came from an <see cref="ExampleVectorCache"/> rather than the model.</summary>
    public bool VectorsFromCache { get; init; }

    /// <summary>The embedding model.</summary>
    public SentenceEmbedder Embedder => _embedder;

    /// <summary>
    /// Embeds every example with <paramref name="embedder"/> (loading its model if it is not yet loaded), or reads
    /// their vectors from <paramref name="cache"/> when an earlier run kept them.
    /// </summary>
    public static SemanticIntentClassifier Build(SentenceEmbedder embedder, IReadOnlyList<(string Intent, string Text)> examples, ExampleVectorCache? cache = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var cached = cache?.TryRead(embedder.Name, examples);
        var vectors = cached ?? embedder.EmbedAll(examples.Select(e => e.Text).ToList());
        if (cached is null)
        {
            cache?.TryWrite(embedder.Name, examples, vectors);
        }

        return new SemanticIntentClassifier(embedder, examples, vectors, stopwatch.Elapsed) { VectorsFromCache = cached is not null };
    }

    /// <summary>Every intent (and the out-of-scope class) with the similarity of its nearest example, best first; and that example.</summary>
    public SemanticRanking Classify(string text)
    {
        var query = Normalize(_embedder.Embed(text));
        var best = new Dictionary<string, (double Score, int Example)>(StringComparer.Ordinal);
        for (var i = 0; i < _exampleIntents.Length; i++)
        {
            var score = Dot(query, _vectors.AsSpan(i * _dimensions, _dimensions));
            var intent = _exampleIntents[i];
            if (!best.TryGetValue(intent, out var current) || score > current.Score)
            {
                best[intent] = (score, i);
            }
        }

        var ranked = best.OrderByDescending(kv => kv.Value.Score).Select(kv => (kv.Key, kv.Value.Score)).ToList();
        var nearest = best.Count == 0 ? null : _exampleTexts[best[ranked[0].Key].Example];
        return new SemanticRanking(ranked, nearest);
    }

    private static float[] Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0 && MathF.Abs(norm - 1) > 1e-4f)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var wide = Vector<float>.Count;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var i = 0; i < va.Length; i++)
        {
            sum += va[i] * vb[i];
        }

        var total = Vector.Sum(sum);
        for (var i = va.Length * wide; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}

/// <summary>A semantic classification: intents by similarity of their nearest example, best first, and that nearest example's text.</summary>
public sealed record SemanticRanking(IReadOnlyList<(string Intent, double Score)> Ranked, string? NearestExample);
