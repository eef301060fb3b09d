namespace VoiceShop.Skills.Dialogflow.AgentExport;

// The files of a Dialogflow CX agent export ("JSON package"), as plain records that mirror the JSON one to one.
// References between files use display names (an intent route names its intent, a fulfillment its webhook),
// as Google's own exports do; the restore resolves them. Written by the source-generated CxAgentJsonContext.

/// <summary><c>agent.json</c>: the agent's settings and which flow a session starts in.</summary>
public sealed record CxAgentSettingsFile(
    string DisplayName,
    string DefaultLanguageCode,
    string TimeZone,
    string Description,
    string StartFlow,
    bool EnableSpellCorrection,
    CxSpeechToTextSettings SpeechToTextSettings);

/// <summary>Speech adaptation biases recognition towards the agent's training phrases and entities (product names).</summary>
public sealed record CxSpeechToTextSettings(bool EnableSpeechAdaptation);

/// <summary><c>intents/&lt;name&gt;/&lt;name&gt;.json</c>.</summary>
public sealed record CxIntentFile(
    string Name,
    string DisplayName,
    IReadOnlyList<CxIntentParameter>? Parameters,
    int Priority,
    bool? IsFallback,
    string? Description);

/// <summary>An intent parameter: training phrase parts annotate it by <see cref="Id"/>.</summary>
public sealed record CxIntentParameter(string Id, string EntityType, bool IsList, bool Redact);

/// <summary><c>intents/&lt;name&gt;/trainingPhrases/&lt;lang&gt;.json</c>.</summary>
public sealed record CxTrainingPhrasesFile(IReadOnlyList<CxTrainingPhrase> TrainingPhrases);

/// <summary>One training phrase, split into parts at its annotations.</summary>
public sealed record CxTrainingPhrase(string Id, IReadOnlyList<CxPhrasePart> Parts, int RepeatCount, string LanguageCode);

/// <summary>Literal text, or (with <see cref="ParameterId"/>) an example value of a parameter.</summary>
public sealed record CxPhrasePart(string Text, string? ParameterId = null);

/// <summary><c>entityTypes/&lt;name&gt;/&lt;name&gt;.json</c>.</summary>
public sealed record CxEntityTypeFile(
    string Name,
    string DisplayName,
    string Kind,
    string AutoExpansionMode,
    bool EnableFuzzyExtraction,
    bool Redact);

/// <summary><c>entityTypes/&lt;name&gt;/entities/&lt;lang&gt;.json</c>.</summary>
public sealed record CxEntitiesFile(IReadOnlyList<CxEntity> Entities);

/// <summary>A KIND_MAP entry: <see cref="Value"/> is what the webhook receives as resolvedValue when any synonym is heard.</summary>
public sealed record CxEntity(string Value, IReadOnlyList<string> Synonyms, string LanguageCode);

/// <summary><c>flows/&lt;name&gt;/&lt;name&gt;.json</c>: the flow and its start page's routes and event handlers.</summary>
public sealed record CxFlowFile(
    string Name,
    string DisplayName,
    string Description,
    IReadOnlyList<CxTransitionRoute> TransitionRoutes,
    IReadOnlyList<CxEventHandler> EventHandlers,
    CxNluSettings NluSettings);

/// <summary>An intent route; no target page, so the session stays on the start page and webhook.error handlers can fire.</summary>
public sealed record CxTransitionRoute(string Intent, CxFulfillment TriggerFulfillment, string Name);

/// <summary>An event handler (no-match, no-input) on the flow.</summary>
public sealed record CxEventHandler(string Event, CxFulfillment TriggerFulfillment, string Name);

/// <summary>Calls <see cref="Webhook"/> (a webhook display name) with a fulfillment tag.</summary>
public sealed record CxFulfillment(string Webhook, string Tag);

/// <summary>The flow's NLU model settings.</summary>
public sealed record CxNluSettings(string ModelType, double ClassificationThreshold);

/// <summary><c>webhooks/&lt;name&gt;.json</c>.</summary>
public sealed record CxWebhookFile(string Name, string DisplayName, CxGenericWebService GenericWebService, CxDuration Timeout);

/// <summary>The webhook's URL and how Dialogflow authenticates to it.</summary>
public sealed record CxGenericWebService(string Uri, string ServiceAgentAuth);

/// <summary>A protobuf Duration as exports write it.</summary>
public sealed record CxDuration(int Seconds);
