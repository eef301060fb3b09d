using System.Diagnostics;
using System.Globalization;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Nlu.Benchmarks;

/// <summary>
/// <c>--semantic [ROUNDS]</c>: the semantic engine as a host meets it, at 10,000 products. The model load
/// (ONNX session from the package's embedded model) and the embedding of every example are timed apart, then
/// each benchmark utterance is interpreted ROUNDS times (after one warm-up round) and every call is timed, so
/// the median and the 99th percentile per utterance are read off real calls rather than averages. The process
/// working set is printed before and after loading. A restarted host reads the examples' vectors from its
/// <see cref="ExampleVectorCache"/>; that start is timed too, with a second model instance over a kept cache.
/// </summary>
public static class SemanticLatency
{
    public static void Run(int rounds, TextWriter output)
    {
        var f = CultureInfo.InvariantCulture;
        var interactionModel = InteractionModel.Load();
        var nlu = NluModel.Build(interactionModel, GeneratedCatalog.Create(10_000), SemanticIntents.MiniLm(interactionModel));
        var semantic = nlu.Semantic!;
        var before = Environment.WorkingSet;

        var load = Stopwatch.StartNew();
        var classifier = semantic.Classifier;
        load.Stop();
        var afterLoad = Environment.WorkingSet;
        output.WriteLine(string.Create(f, $"model {classifier.Embedder.Name}: loaded in {classifier.Embedder.LoadTime.TotalMilliseconds:0} ms; {classifier.ExampleCount} examples embedded in {(classifier.BuildTime - classifier.Embedder.LoadTime).TotalMilliseconds:0} ms; first use {load.ElapsedMilliseconds} ms in all"));
        output.WriteLine(string.Create(f, $"working set: {Mb(before)} before the model, {Mb(afterLoad)} after ({Mb(afterLoad - before)} more); managed heap {Mb(GC.GetTotalMemory(forceFullCollection: true))}"));
        RestartWithKeptVectors(interactionModel, output);

        foreach (var utterance in InterpretBenchmarks.Utterances)
        {
            CatalogUtteranceInterpreter.Interpret(nlu, utterance, DialogState.Empty);
        }

        var times = new List<double>(rounds * InterpretBenchmarks.Utterances.Length);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var utterance in InterpretBenchmarks.Utterances)
            {
                var started = Stopwatch.GetTimestamp();
                CatalogUtteranceInterpreter.Interpret(nlu, utterance, DialogState.Empty);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        output.WriteLine(string.Create(f, $"per utterance over {times.Count} calls (10,000 products): p50 {Percentile(times, 0.50):0.00} ms, p99 {Percentile(times, 0.99):0.00} ms, max {times[^1]:0.00} ms"));
        output.WriteLine(string.Create(f, $"working set after the calls: {Mb(Environment.WorkingSet)}"));
    }

    /// <summary>First use as a restarted host meets it: the model loads, the examples' vectors are read from disk.</summary>
    private static void RestartWithKeptVectors(InteractionModel interactionModel, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("voiceshop-vectors-").FullName;
        try
        {
            var cache = new ExampleVectorCache(folder);
            using (var earlier = SemanticIntents.MiniLm(interactionModel, cache))
            {
                _ = earlier.Classifier;
            }

            using var restarted = SemanticIntents.MiniLm(interactionModel, cache);
            var load = Stopwatch.StartNew();
            var classifier = restarted.Classifier;
            classifier.Classify("where is my order");
            load.Stop();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"restarted with kept vectors (from cache: {classifier.VectorsFromCache}): model loaded in {classifier.Embedder.LoadTime.TotalMilliseconds:0} ms; first utterance classified {load.ElapsedMilliseconds} ms after start"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0} MB");
}
