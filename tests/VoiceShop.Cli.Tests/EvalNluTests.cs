using VoiceShop.Cli.Nlu;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Cli.Tests;

public sealed class EvalNluTests : IDisposable
{
    private static readonly string HeldOut = Path.Combine(AppContext.BaseDirectory, "nlu", "heldout.jsonl");
    private readonly TempFolder _folder = new();

    /// <summary>
    /// The default (semantic) engine on utterances it was never tuned on. The bounds sit just under the figures
    /// measured (intent 93.6 % on 4 Dec; 92.2 % once the cart, search, choice and suggestion intents were added, whose
    /// "add…", "show me…" and "what should I…" phrasings draw a few older requests; out-of-scope precision 98.6 %,
    /// product 100 %), so a change that loses ground fails here; the goal of 97 % intent accuracy is not
    /// reached yet (docs/nlu.md).
    /// </summary>
    [Fact]
    public void The_held_out_set_holds_its_measured_figures()
    {
        using var semantic = SemanticIntents.MiniLm(InteractionModel.Load());
        var interpreter = new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog(), semantic));
        var utterances = LabelledUtterance.ReadAll(File.ReadAllText(HeldOut));

        var evaluation = NluEvaluation.Run(interpreter, utterances);

        Assert.True(utterances.Count >= 250, "the held-out set is too small to measure anything");
        Assert.True(utterances.Count(u => u.Intent == IntentNames.Fallback) >= utterances.Count / 4, "a quarter must be out of scope");
        // 0.93 before the cart, search and suggestion intents, which compete with the older ones; measured 92.2 % after.
        Assert.True(evaluation.IntentAccuracy >= 0.92, $"intent accuracy {evaluation.IntentAccuracy:P1}");
        Assert.True(evaluation.ProductAccuracy >= 0.95, $"product accuracy {evaluation.ProductAccuracy:P1}");
        Assert.True(evaluation.Precision(IntentNames.Fallback) >= 0.97, $"out-of-scope precision {evaluation.Precision(IntentNames.Fallback):P1}");
    }

    /// <summary>The lexical engine stays a working fallback (<c>Nlu:Engine=Lexical</c>), measured on the same set: 85.1 % on 4 Dec.</summary>
    [Fact]
    public void The_lexical_engine_still_understands_most_of_the_held_out_set()
    {
        var interpreter = new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog(), semantic: null));

        var evaluation = NluEvaluation.Run(interpreter, LabelledUtterance.ReadAll(File.ReadAllText(HeldOut)));

        // 0.84 before the cart, search and suggestion intents; measured 82.2 % after.
        Assert.True(evaluation.IntentAccuracy >= 0.81, $"intent accuracy {evaluation.IntentAccuracy:P1}");
        Assert.True(evaluation.ProductAccuracy >= 0.90, $"product accuracy {evaluation.ProductAccuracy:P1}");
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

        var run = await Cli.RunAsync("eval-nlu", file, "--engine", "lexical");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("intent accuracy: 75.0 % (3/4)", run.Output);
        Assert.Contains("out-of-scope precision: 100.0 %, recall: 100.0 % (1 out of scope)", run.Output);
        Assert.Contains("confusion table (rows: meant, columns: understood):", run.Output);
        Assert.Contains("product accuracy: 100.0 % (1/1)", run.Output);
        Assert.Contains("BuyIntent -> OrderStatusIntent", run.Output);
        Assert.EndsWith("3 passed, 1 failed" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Both_engines_are_scored_side_by_side()
    {
        var file = _folder.Write("both.jsonl", """
            {"text": "negatory", "intent": "NoIntent", "state": {"awaiting": "PurchaseConfirmation"}}
            {"text": "what's the eta on my package", "intent": "OrderStatusIntent"}
            {"text": "play some jazz music", "intent": "FallbackIntent"}
            """);

        var run = await Cli.RunAsync("eval-nlu", file);

        Assert.Contains("side by side:", run.Output);
        Assert.Contains("=== Semantic (all-MiniLM-L6-v2", run.Output);
        Assert.Contains("=== Lexical ===", run.Output);
        Assert.Contains("intent accuracy: 100.0 % (3/3)", run.Output);
    }

    [Fact]
    public async Task An_unknown_engine_is_refused()
    {
        var file = _folder.Write("one.jsonl", """{"text": "buy", "intent": "BuyIntent"}""");

        var run = await Cli.RunAsync("eval-nlu", file, "--engine", "neural");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--engine \"neural\" is not known", run.Error);
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
