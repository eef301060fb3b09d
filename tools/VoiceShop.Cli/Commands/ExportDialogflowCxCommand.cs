using VoiceShop.Skills.Dialogflow.AgentExport;

namespace VoiceShop.Cli.Commands;

/// <summary>
/// <c>voiceshop export dialogflow-cx --out DIR [--webhook-url URL] [--catalog FILE.json]</c>: writes a Dialogflow
/// CX agent (the JSON package layout; zip the folder and restore it into an agent) generated from the same
/// interaction model as <c>export alexa</c>.
/// </summary>
public static class ExportDialogflowCxCommand
{
    /// <summary>A URL that can never resolve, so an agent restored without <c>--webhook-url</c> fails visibly rather than calling a stranger.</summary>
    public const string ExampleWebhookUrl = "https://example.invalid/api/dialogflow";

    public static async Task<int> RunAsync(string outDir, string? webhookUrl, string? catalogFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(webhookUrl ?? ExampleWebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            throw new CommandFailedException($"--webhook-url {webhookUrl}: Dialogflow calls webhooks over https only; give an absolute https URL.");
        }

        var catalog = await CatalogFiles.LoadOrDemoAsync(catalogFile, cancellationToken);
        if (catalog.Count == 0)
        {
            throw new CommandFailedException("The catalog has no products; the agent's training phrases need product names.");
        }

        var agent = CxAgentExporter.Export(Intents.Model.InteractionModel.Load("en-US"), catalog, url);
        var files = CxAgentLayout.Files(agent);
        try
        {
            await CxAgentWriter.WriteAsync(files, outDir, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new CommandFailedException(ex.Message);
        }

        await output.WriteLineAsync(
            $"Wrote {files.Count} files to {outDir}: {agent.Intents.Count} intents, "
            + $"{agent.Intents.Sum(i => i.TrainingPhrases.TrainingPhrases.Count)} training phrases, "
            + $"{agent.EntityTypes.Sum(e => e.Entities.Entities.Count)} products, {agent.StartFlow.TransitionRoutes.Count} routes to {agent.Webhook.GenericWebService.Uri}.");
        if (webhookUrl is null)
        {
            await output.WriteLineAsync($"The webhook points at {ExampleWebhookUrl}; pass --webhook-url with your deployment's /api/dialogflow.");
        }

        return 0;
    }
}
