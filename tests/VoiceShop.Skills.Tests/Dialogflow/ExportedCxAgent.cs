using System.Text.Json;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Dialogflow.AgentExport;

namespace VoiceShop.Skills.Tests.Dialogflow;

/// <summary>
/// An exported agent read back from its package files, the way a restore sees it: by path, as JSON. Tests go
/// through this rather than the exporter's records, so they check what actually lands on disk.
/// </summary>
public sealed class ExportedCxAgent
{
    public static readonly Uri WebhookUrl = new("https://shop.example.com/api/dialogflow");

    public ExportedCxAgent(IReadOnlyList<CxPackageFile> files)
    {
        Files = files;
        Json = files.ToDictionary(f => f.Path, f => JsonDocument.Parse(f.Content).RootElement, StringComparer.Ordinal);
    }

    /// <summary>The real shared model and the demo catalog, as <c>voiceshop export dialogflow-cx</c> exports them.</summary>
    public static ExportedCxAgent OfDemo() =>
        new(CxAgentLayout.Files(CxAgentExporter.Export(InteractionModel.Load("en-US"), DemoData.Catalog(), WebhookUrl)));

    public IReadOnlyList<CxPackageFile> Files { get; }

    public IReadOnlyDictionary<string, JsonElement> Json { get; }

    public JsonElement Agent => Json["agent.json"];

    public JsonElement StartFlow
    {
        get
        {
            var name = Agent.GetProperty("startFlow").GetString()!;
            return Json[$"flows/{name}/{name}.json"];
        }
    }

    /// <summary>Intent files by display name, checked to sit at intents/&lt;name&gt;/&lt;name&gt;.json.</summary>
    public IReadOnlyDictionary<string, JsonElement> Intents => Folders("intents");

    /// <summary>Entity type files by display name, checked to sit at entityTypes/&lt;name&gt;/&lt;name&gt;.json.</summary>
    public IReadOnlyDictionary<string, JsonElement> EntityTypes => Folders("entityTypes");

    public IReadOnlyDictionary<string, JsonElement> Webhooks =>
        Json.Where(kv => kv.Key.StartsWith("webhooks/", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Value.GetProperty("displayName").GetString()!, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>The training phrases of <paramref name="intent"/> (empty when it has no phrases file).</summary>
    public IReadOnlyList<JsonElement> TrainingPhrases(string intent) =>
        Json.TryGetValue($"intents/{intent}/trainingPhrases/en.json", out var file)
            ? file.GetProperty("trainingPhrases").EnumerateArray().ToList()
            : [];

    /// <summary>The entries of entity type <paramref name="entityType"/>.</summary>
    public IReadOnlyList<JsonElement> Entities(string entityType) =>
        Json[$"entityTypes/{entityType}/entities/en.json"].GetProperty("entities").EnumerateArray().ToList();

    /// <summary>Every fulfillment of the start flow: its intent routes and its event handlers.</summary>
    public IEnumerable<JsonElement> Fulfillments =>
        StartFlow.GetProperty("transitionRoutes").EnumerateArray()
            .Concat(StartFlow.GetProperty("eventHandlers").EnumerateArray())
            .Select(r => r.GetProperty("triggerFulfillment"));

    private Dictionary<string, JsonElement> Folders(string root)
    {
        var files = Json.Where(kv => kv.Key.StartsWith(root + "/", StringComparison.Ordinal) && kv.Key.Split('/').Length == 3).ToList();
        foreach (var (path, json) in files)
        {
            var name = json.GetProperty("displayName").GetString();
            Assert.Equal($"{root}/{name}/{name}.json", path);
        }

        return files.ToDictionary(kv => kv.Value.GetProperty("displayName").GetString()!, kv => kv.Value, StringComparer.Ordinal);
    }
}
