using BenchmarkDotNet.Attributes;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Nlu.Benchmarks;

/// <summary>
/// The same utterances as <see cref="InterpretBenchmarks"/>, one benchmark each, so the median over
/// utterances (the figure) and the slowest kind of utterance can be read off the table.
/// </summary>
[MemoryDiagnoser]
public class PerUtteranceBenchmarks
{
    private NluModel _model = null!;

    public static IEnumerable<string> AllUtterances => InterpretBenchmarks.Utterances;

    [ParamsSource(nameof(AllUtterances))]
    public string Utterance { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _model = NluModel.Build(InteractionModel.Load(), GeneratedCatalog.Create(10_000));

    [Benchmark]
    public UtteranceMeaning Interpret() => CatalogUtteranceInterpreter.Interpret(_model, Utterance, DialogState.Empty);
}
