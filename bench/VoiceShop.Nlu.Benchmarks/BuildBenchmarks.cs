using BenchmarkDotNet.Attributes;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Nlu.Benchmarks;

/// <summary>What a catalog change costs: rebuilding the index and the classifier for 10,000 products.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private IReadOnlyList<Product> _catalog = null!;
    private InteractionModel _model = null!;

    [Params(10_000)]
    public int Products { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = GeneratedCatalog.Create(Products);
        _model = InteractionModel.Load();
    }

    [Benchmark]
    public NluModel BuildModel() => NluModel.Build(_model, _catalog);
}
