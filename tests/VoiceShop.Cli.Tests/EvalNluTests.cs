using VoiceShop.Cli.Nlu;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Cli.Tests;

public sealed class EvalNluTests : IDisposable
{
    private static readonly string HeldOut = Path.Combine(AppContext.BaseDirectory, "nlu", "heldout.jsonl");
    private readonly TempFolder _folder = new();

    /// <summary>The targets, on utterances the NLU was never tuned on.</summary>
    [Fact]
    public void The_held_out_set_meets_the_targets()
    {
        var interpreter = new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog()));
        var utterances = LabelledUtterance.ReadAll(File.ReadAllText(HeldOut));

        var evaluation = NluEvaluation.Run(interpreter, utterances);

        Assert.True(utterances.Count >= 100, "the held-out set is too small to measure anything");
        Assert.True(utterances.Count(u => u.Intent == IntentNames.Fallback) >= utterances.Count / 4, "a quarter must be out of scope");
        Assert.True(evaluation.IntentAccuracy >= 0.95, $"intent accuracy {evaluation.IntentAccuracy:P1}");
        Assert.True(evaluation.ProductAccuracy >= 0.90, $"product accuracy {evaluation.ProductAccuracy:P1}");
        Assert.True(evaluation.Precision(IntentNames.Fallback) >= 0.95, $"FallbackIntent precision {evaluation.Precision(IntentNames.Fallback):P1}");
    }

    [Fact]
    public async Task The_command_prints_the_report_and_fails_on_failures()
    {
        var file = _folder.Write("set.jsonl", """
            {"text": "buy two packs of paper towels", "intent": "BuyIntent", "slots": {"product": "PT-2PK", "quantity": 2}}
            {"text": "what's the weather", "intent": "AMAZON.FallbackIntent"}
            {"text": "where is my order", "intent": "BuyIntent"}
            {"text": "nope", "intent": "NoIntent", "state": {"awaiting": "PurchaseConfirmation"}}
            """);

        var run = await Cli.RunAsync("eval-nlu", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("intent accuracy: 75.0 % (3/4)", run.Output);
        Assert.Contains("product accuracy: 100.0 % (1/1)", run.Output);
        Assert.Contains("BuyIntent -> OrderStatusIntent", run.Output);
        Assert.EndsWith("3 passed, 1 failed" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task A_malformed_line_is_reported_by_number()
    {
        var file = _folder.Write("bad.jsonl", "{\"text\": \"buy\", \"intent\": \"BuyIntent\"}\n{\"text\": oops}\n");

        var run = await Cli.RunAsync("eval-nlu", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2:", run.Error);
    }

    public void Dispose() => _folder.Dispose();
}
