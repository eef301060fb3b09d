using BenchmarkDotNet.Running;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Nlu.Benchmarks;

// The memory the understanding keeps for a 10,000-product catalog: measured once, outside the timing runs,
// as the managed heap held after a full collection with the model alive minus the heap without it.
if (args.Contains("--retained"))
{
    var interactionModel = InteractionModel.Load();
    var start = GC.GetTotalMemory(forceFullCollection: true);
    var catalog = GeneratedCatalog.Create(10_000);
    var withCatalog = GC.GetTotalMemory(forceFullCollection: true);
    var model = NluModel.Build(interactionModel, catalog);
    var withModel = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(model);
    static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MB";
    Console.WriteLine($"{catalog.Count} products: catalog {Mb(withCatalog - start)}, NLU model {Mb(withModel - withCatalog)}, both {Mb(withModel - start)}; process working set {Mb(Environment.WorkingSet)}");
    return;
}

// The semantic engine: model load, example embedding, p50/p99 per utterance and working set (see SemanticLatency).
if (args.Length > 0 && args[0] == "--semantic")
{
    SemanticLatency.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(InterpretBenchmarks).Assembly).Run(args);
