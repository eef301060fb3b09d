using BenchmarkDotNet.Attributes;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Nlu.Benchmarks;

/// <summary>
/// Understanding latency with a 10,000-product catalog, per utterance: a mix of clean and noisy commerce
/// requests, near misses, price limits, short answers and out-of-scope requests, as a text channel sees them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class InterpretBenchmarks
{
    /// <summary>The utterances each operation interprets, one after another.</summary>
    public static readonly string[] Utterances =
    [
        "buy two packs of paper towels",
        "um alexa order a couple of boxes of coffee pods please",
        "hey google buy pair of towels",
        "i want a black waterproof jacket under 200 dollars",
        "get me a blue cotton towel",
        "order kleenecks",
        "reorder my usual",
        "where's my order",
        "when will my dog food arrive",
        "cancel the oat milk order",
        "buy wool socks size ten",
        "what's the weather like today",
        "set a timer for ten minutes",
        "play some music",
        "yeah sure",
        "nope",
        "acme ceramic mug",
        "buy a hundred and fifty trash bags",
        "find me a stainless steel water bottle less than fifty bucks",
        "tell me a joke",
    ];

    private NluModel _model = null!;

    [Params(10_000)]
    public int Products { get; set; }

    [GlobalSetup]
    public void Setup() => _model = NluModel.Build(InteractionModel.Load(), GeneratedCatalog.Create(Products));

    /// <summary>One operation is one utterance; BenchmarkDotNet divides by the count.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int InterpretUtterance()
    {
        var slots = 0;
        foreach (var utterance in Utterances)
        {
            slots += CatalogUtteranceInterpreter.Interpret(_model, utterance, DialogState.Empty).Slots.Count;
        }

        return slots;
    }
}
