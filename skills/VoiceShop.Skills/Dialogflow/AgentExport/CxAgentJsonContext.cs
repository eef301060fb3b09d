using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Source-generated JSON for the agent export (Native-AOT safe): lowerCamelCase as Google writes it, indented
/// with "\n" line ends on every OS so repeated exports are byte-identical and diff well, absent optionals left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(CxAgentSettingsFile))]
[JsonSerializable(typeof(CxIntentFile))]
[JsonSerializable(typeof(CxTrainingPhrasesFile))]
[JsonSerializable(typeof(CxEntityTypeFile))]
[JsonSerializable(typeof(CxEntitiesFile))]
[JsonSerializable(typeof(CxFlowFile))]
[JsonSerializable(typeof(CxWebhookFile))]
public sealed partial class CxAgentJsonContext : JsonSerializerContext;
