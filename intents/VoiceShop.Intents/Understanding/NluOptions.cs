namespace VoiceShop.Intents.Understanding;

/// <summary>Which engine picks the intent of free text; slots are always found by <see cref="UtteranceAnalyzer"/>.</summary>
public enum NluEngine
{
    /// <summary>Sentence embeddings (all-MiniLM-L6-v2 on ONNX Runtime): hears paraphrases the model's samples never listed.</summary>
    Semantic,

    /// <summary>TF-IDF over the interaction model's samples (<see cref="IntentClassifier"/>): no model to load, narrower.</summary>
    Lexical,
}

/// <summary>The <c>Nlu</c> configuration section.</summary>
public sealed class NluOptions
{
    /// <summary>The intent engine; Semantic unless a deployment wants no model in memory at all.</summary>
    public NluEngine Engine { get; set; } = NluEngine.Semantic;

    /// <summary>
    /// The folder where the semantic engine keeps its examples' vectors between starts (relative to the content
    /// root in the host), or empty to embed them on every start.
    /// </summary>
    public string? ExampleCacheDirectory { get; set; } = "data/nlu";
}
