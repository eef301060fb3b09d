using VoiceShop.Intents.Model;

namespace VoiceShop.Intents.Understanding.Semantic;

/// <summary>
/// The semantic engine as a process-wide service: the embedding model and the embedded examples are built on
/// the first utterance that needs them, once, whichever thread asks first, and then shared by every catalog
/// version (nothing in them depends on the catalog). An Alexa-only or Dialogflow-only host never asks, so it
/// never loads the model.
/// </summary>
public sealed class SemanticIntents : IDisposable
{
    private readonly Lazy<SemanticIntentClassifier> _classifier;
    private readonly SentenceEmbedder _embedder;

    /// <param name="model">The interaction model whose samples (with our paraphrases) are the examples.</param>
    /// <param name="embedder">The embedding model; <see cref="SentenceEmbedder.MiniLm"/> unless comparing.</param>
    /// <param name="minSimilarity">Below this similarity to its nearest example, an utterance is out of scope (calibrated per model on the dev set).</param>
    /// <param name="lexicalWeight">The share of each intent's score that comes from the lexical classifier's word similarity.</param>
    /// <param name="cache">Where the examples' vectors are kept between runs; null embeds them on every start.</param>
    public SemanticIntents(InteractionModel model, SentenceEmbedder embedder, double minSimilarity, double lexicalWeight, ExampleVectorCache? cache = null)
    {
        _embedder = embedder;
        MinSimilarity = minSimilarity;
        LexicalWeight = lexicalWeight;
        _classifier = new Lazy<SemanticIntentClassifier>(
            () => SemanticIntentClassifier.Build(embedder, IntentExamples.For(model), cache),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private SemanticIntents(SemanticIntents other, double minSimilarity, double lexicalWeight)
    {
        _embedder = other._embedder;
        _classifier = other._classifier;
        MinSimilarity = minSimilarity;
        LexicalWeight = lexicalWeight;
    }

    /// <summary>The same model and examples with other settings (for calibrating them on a dev set).</summary>
    public SemanticIntents With(double minSimilarity, double lexicalWeight) => new(this, minSimilarity, lexicalWeight);

    /// <summary>all-MiniLM-L6-v2 over <paramref name="model"/>, with its calibrated threshold; its example vectors kept in <paramref name="cache"/> when given.</summary>
    public static SemanticIntents MiniLm(InteractionModel model, ExampleVectorCache? cache = null) =>
        new(model, SentenceEmbedder.MiniLm(), MiniLmMinSimilarity, MiniLmLexicalWeight, cache);

    /// <summary>The out-of-scope threshold for all-MiniLM-L6-v2, chosen on <c>tests/nlu/dev.jsonl</c>.</summary>
    public const double MiniLmMinSimilarity = 0.30;

    /// <summary>The lexical share of the blended score for all-MiniLM-L6-v2, chosen on <c>tests/nlu/dev.jsonl</c>.</summary>
    public const double MiniLmLexicalWeight = 0.3;

    /// <summary>Below this (blended) similarity, an utterance is out of scope.</summary>
    public double MinSimilarity { get; }

    /// <summary>The share of each intent's score taken from the lexical classifier (0: meaning only).</summary>
    public double LexicalWeight { get; }

    /// <summary>Whether the model has been loaded and the examples embedded.</summary>
    public bool IsLoaded => _classifier.IsValueCreated;

    /// <summary>The classifier, built on first use.</summary>
    public SemanticIntentClassifier Classifier => _classifier.Value;

    /// <inheritdoc />
    public void Dispose() => _embedder.Dispose();
}
