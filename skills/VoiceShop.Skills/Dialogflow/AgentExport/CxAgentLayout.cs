using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Lays an agent out in the folder structure of a CX JSON package (agent.json, intents/, entityTypes/, flows/,
/// webhooks/), each file's JSON in UTF-8 with a final newline, in path order, so the output is the same bytes
/// every time.
/// </summary>
public static class CxAgentLayout
{
    /// <summary>
    /// The generated context with an encoder that leaves apostrophes and the like alone ("i'm", not "i\u0027m"):
    /// these files are read by Dialogflow and by people diffing them, never embedded in HTML.
    /// </summary>
    private static readonly CxAgentJsonContext Json = new(new JsonSerializerOptions(CxAgentJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Every file of <paramref name="agent"/>, by '/'-separated path relative to the package root.</summary>
    public static IReadOnlyList<CxPackageFile> Files(CxAgent agent)
    {
        var context = Json;
        var files = new List<CxPackageFile> { File("agent.json", agent.Settings, context.CxAgentSettingsFile) };
        foreach (var (intent, phrases) in agent.Intents)
        {
            var folder = $"intents/{FileName(intent.DisplayName)}";
            files.Add(File($"{folder}/{FileName(intent.DisplayName)}.json", intent, context.CxIntentFile));
            if (phrases.TrainingPhrases.Count > 0)
            {
                files.Add(File($"{folder}/trainingPhrases/{agent.LanguageCode}.json", phrases, context.CxTrainingPhrasesFile));
            }
        }

        foreach (var (entityType, entities) in agent.EntityTypes)
        {
            var folder = $"entityTypes/{FileName(entityType.DisplayName)}";
            files.Add(File($"{folder}/{FileName(entityType.DisplayName)}.json", entityType, context.CxEntityTypeFile));
            files.Add(File($"{folder}/entities/{agent.LanguageCode}.json", entities, context.CxEntitiesFile));
        }

        var flow = FileName(agent.StartFlow.DisplayName);
        files.Add(File($"flows/{flow}/{flow}.json", agent.StartFlow, context.CxFlowFile));
        files.Add(File($"webhooks/{FileName(agent.Webhook.DisplayName)}.json", agent.Webhook, context.CxWebhookFile));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A display name as the export names its file: Dialogflow percent-encodes the characters a path cannot
    /// hold ("Lost / Stolen" is "Lost %2f Stolen"), and so does this.
    /// </summary>
    public static string FileName(string displayName) =>
        string.Concat(displayName.Select(c => c is '/' or '\\' or ':' or '%' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c)
            ? $"%{(int)c:x2}"
            : c.ToString()));

    private static CxPackageFile File<T>(string path, T value, JsonTypeInfo<T> type)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, type);
        return new CxPackageFile(path, [.. json, (byte)'\n']);
    }
}

/// <summary>One file of the package: its '/'-separated relative path and its bytes.</summary>
public sealed record CxPackageFile(string Path, byte[] Content);
