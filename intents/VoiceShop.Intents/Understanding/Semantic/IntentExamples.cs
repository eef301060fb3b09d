using System.Text.Json;
using VoiceShop.Intents.Model;

namespace VoiceShop.Intents.Understanding.Semantic;

/// <summary>
/// What the semantic engine learns from: every sample of the interaction model with its slots filled by
/// everyday words, the model's out-of-scope samples, and our own paraphrases
/// (<c>Understanding/Semantic/en-US.paraphrases.jsonl</c>: terse, polite, rambling, misheard, in-car,
/// negations, and out-of-scope questions that mention things we sell). None of it depends on the catalog, so
/// it is embedded once per process, whatever the catalog becomes.
/// </summary>
public static class IntentExamples
{
    /// <summary>Everyday product names for <c>{product}</c>, rotated so no one product stands for an intent.</summary>
    private static readonly string[] Products = ["paper towels", "coffee pods", "batteries", "dish soap", "oat milk", "trash bags", "shampoo", "dog food"];

    private static readonly string[] Quantities = ["two", "three", "a couple of", "five"];

    private static readonly string[] Prices = ["twenty dollars", "fifty bucks", "ten dollars"];

    private static readonly string[] Ordinals = ["second", "cheaper", "last", "first"];

    /// <summary>The examples for <paramref name="model"/>: (intent or <see cref="IntentClassifier.OutOfScope"/>, text as spoken).</summary>
    public static IReadOnlyList<(string Intent, string Text)> For(InteractionModel model)
    {
        var examples = new List<(string, string)>();
        var turn = 0;
        foreach (var intent in model.Intents)
        {
            foreach (var sample in intent.Samples)
            {
                examples.Add((intent.Name, Fill(sample, turn++)));
            }
        }

        examples.AddRange(model.OutOfScopeSamples.Select(s => (IntentClassifier.OutOfScope, s)));
        examples.AddRange(Paraphrases(model.Locale));
        return examples.Distinct().ToList();
    }

    /// <summary>Our own paraphrases for <paramref name="locale"/>, or none.</summary>
    public static IReadOnlyList<(string Intent, string Text)> Paraphrases(string locale)
    {
        using var stream = typeof(IntentExamples).Assembly.GetManifestResourceStream($"VoiceShop.Intents.Understanding.{locale}.paraphrases.jsonl");
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        var examples = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var intent = document.RootElement.GetProperty("intent").GetString()!;
            examples.Add((intent == "FallbackIntent" ? IntentClassifier.OutOfScope : intent, document.RootElement.GetProperty("text").GetString()!));
        }

        return examples;
    }

    /// <summary>A sample with its <c>{slot}</c> references replaced by words a shopper would say.</summary>
    public static string Fill(string sample, int turn) => sample
        .Replace("{product}", Products[turn % Products.Length], StringComparison.Ordinal)
        .Replace("{quantity}", Quantities[turn % Quantities.Length], StringComparison.Ordinal)
        .Replace("{maxPrice}", Prices[turn % Prices.Length], StringComparison.Ordinal)
        .Replace("{code}", "one two three four", StringComparison.Ordinal)
        .Replace("{ordinal}", Ordinals[turn % Ordinals.Length], StringComparison.Ordinal);
}
