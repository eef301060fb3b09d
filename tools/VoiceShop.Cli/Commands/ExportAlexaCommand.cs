using System.Text.Json;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa.InteractionModel;

namespace VoiceShop.Cli.Commands;

/// <summary>
/// <c>voiceshop export alexa --out DIR [--catalog FILE.json]</c>: writes the interaction model where the ASK
/// CLI expects it, after checking it against Amazon's build rules; a model that breaks one is not written.
/// </summary>
public static class ExportAlexaCommand
{
    /// <summary>Where the ASK CLI's skill package keeps the en-US model, relative to the output folder.</summary>
    public static readonly string ModelPath = Path.Combine("skill-package", "interactionModels", "custom", "en-US.json");

    public static async Task<int> RunAsync(string outDir, string? catalogFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var catalog = await CatalogFiles.LoadOrDemoAsync(catalogFile, cancellationToken);
        var model = Intents.Model.InteractionModel.Load("en-US");
        var alexa = AlexaModelExporter.Export(model, catalog, PromptBook.Load());
        var problems = AlexaModelValidator.Validate(alexa);
        if (problems.Count > 0)
        {
            await error.WriteLineAsync($"The Alexa model breaks {problems.Count} ASK rule(s); nothing was written.");
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return 1;
        }

        var path = Path.Combine(outDir, ModelPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var stream = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(stream, alexa, AlexaModelJsonContext.Default.AlexaModelFile, cancellationToken);
        }

        var language = alexa.InteractionModel.LanguageModel;
        await output.WriteLineAsync(
            $"Wrote {path}: {language.Intents.Count} intents, {language.Intents.Sum(i => i.Samples.Count)} samples, {language.Types.Sum(t => t.Values.Count)} products.");
        return 0;
    }
}
