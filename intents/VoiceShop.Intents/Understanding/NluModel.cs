using System.Collections.Frozen;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Catalog.Search;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Everything our understanding needs for one catalog version: the catalog index, the lexical intent
/// classifier trained on the interaction model's samples as analysed against that catalog, and, when the
/// semantic engine is chosen, the process-wide <see cref="SemanticIntents"/> (not loaded until an utterance
/// needs it). Immutable, so requests share it freely and a new catalog simply swaps in a new one.
/// </summary>
public sealed class NluModel
{
    private NluModel(InteractionModel model, IReadOnlyList<Product> products, UtteranceAnalyzer analyzer, IntentClassifier classifier, SemanticIntents? semantic)
    {
        Model = model;
        Products = products;
        Analyzer = analyzer;
        Classifier = classifier;
        Semantic = semantic;
        ProductIntents = model.ProductIntents.Select(i => i.Name).ToFrozenSet(StringComparer.Ordinal);
        BuiltInIntents = model.Intents.Where(i => i.BuiltIn).Select(i => i.Name).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The interaction model the classifier learned from.</summary>
    public InteractionModel Model { get; }

    /// <summary>The catalog version this model understands.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>Our intents that name a product (from the model): a product heard can switch the conversation to one.</summary>
    public FrozenSet<string> ProductIntents { get; }

    /// <summary>The platforms' built-in intents (from the model): short fixed phrases, so a shared word is weak evidence.</summary>
    public FrozenSet<string> BuiltInIntents { get; }

    /// <summary>Finds slot values.</summary>
    public UtteranceAnalyzer Analyzer { get; }

    /// <summary>Picks intents by words (the Lexical engine; also the slot-aware features used by both).</summary>
    public IntentClassifier Classifier { get; }

    /// <summary>Picks intents by meaning (the Semantic engine), or null when the Lexical engine is configured.</summary>
    public SemanticIntents? Semantic { get; }

    /// <summary>Builds the model for <paramref name="products"/>; <paramref name="semantic"/> null chooses the Lexical engine.</summary>
    public static NluModel Build(InteractionModel model, IReadOnlyList<Product> products, SemanticIntents? semantic = null)
    {
        var index = CatalogSearchIndex.Build(products);
        var carriers = model.Intents
            .SelectMany(i => i.Samples.Concat(i.Slots.SelectMany(s => s.Samples)))
            .Concat(model.OutOfScopeSamples)
            .SelectMany(s => SpokenText.Words(WithMarkers(s)))
            .Where(w => !w.StartsWith("slot", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var analyzer = new UtteranceAnalyzer(index, carriers);
        var samples = model.Intents
            .SelectMany(i => i.Samples.Select(s => (i.Name, s)))
            .Concat(model.OutOfScopeSamples.Select(s => (Name: IntentClassifier.OutOfScope, s)))
            .Select(x => (x.Name, (IReadOnlyList<string>)analyzer.Analyze(SpokenText.Words(WithMarkers(x.s))).Features))
            .ToList();
        return new NluModel(model, products, analyzer, new IntentClassifier(samples), semantic);
    }

    /// <summary>A sample with its <c>{slot}</c> references replaced by marker words that survive normalisation.</summary>
    public static string WithMarkers(string sample) => sample
        .Replace("{product}", " " + UtteranceAnalyzer.ProductMarker + " ", StringComparison.Ordinal)
        .Replace("{quantity}", " " + UtteranceAnalyzer.QuantityMarker + " ", StringComparison.Ordinal)
        .Replace("{maxPrice}", " " + UtteranceAnalyzer.PriceMarker + " ", StringComparison.Ordinal)
        .Replace("{ordinal}", " second ", StringComparison.Ordinal);
}
