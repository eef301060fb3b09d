using VoiceShop.Cli.Nlu;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Cli.Commands;

/// <summary>
/// <c>voiceshop eval-nlu FILE.jsonl [--catalog FILE.json] [--verbose]</c>: scores our understanding on labelled
/// utterances against a catalog (the demo catalog by default). Exits non-zero when any utterance fails.
/// </summary>
public static class EvalNluCommand
{
    public static async Task<int> RunAsync(string file, string? catalogFile, bool verbose, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var catalog = await CatalogFiles.LoadOrDemoAsync(catalogFile, cancellationToken);
        var utterances = LabelledUtterance.ReadAll(await CatalogFiles.ReadAsync(file, cancellationToken));
        var interpreter = new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), catalog));
        var evaluation = NluEvaluation.Run(interpreter, utterances);
        evaluation.Print(output, verbose);
        return evaluation.Failed == 0 ? 0 : 1;
    }
}
