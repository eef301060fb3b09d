namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>A whole exported agent, before it is laid out as files (see <see cref="CxAgentLayout"/>).</summary>
/// <param name="LanguageCode">The agent's language ("en"), which names the per-language files.</param>
/// <param name="Settings">agent.json.</param>
/// <param name="Intents">The intents with their training phrases.</param>
/// <param name="EntityTypes">The agent's own entity types with their entries (system entities are not exported).</param>
/// <param name="StartFlow">The start flow with its routes and event handlers.</param>
/// <param name="Webhook">The one webhook every route calls.</param>
public sealed record CxAgent(
    string LanguageCode,
    CxAgentSettingsFile Settings,
    IReadOnlyList<CxExportedIntent> Intents,
    IReadOnlyList<CxExportedEntityType> EntityTypes,
    CxFlowFile StartFlow,
    CxWebhookFile Webhook);

/// <summary>An intent and its training phrases, which live in two files.</summary>
public sealed record CxExportedIntent(CxIntentFile Intent, CxTrainingPhrasesFile TrainingPhrases);

/// <summary>An entity type and its entries, which live in two files.</summary>
public sealed record CxExportedEntityType(CxEntityTypeFile EntityType, CxEntitiesFile Entities);
