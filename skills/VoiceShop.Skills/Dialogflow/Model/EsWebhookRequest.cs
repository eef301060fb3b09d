using System.Text.Json;

namespace VoiceShop.Skills.Dialogflow.Model;

/// <summary>What a Dialogflow ES (v2) agent posts to its fulfillment webhook.</summary>
public sealed class EsWebhookRequest
{
    public string? ResponseId { get; set; }

    /// <summary><c>projects/&lt;P&gt;/agent/sessions/&lt;S&gt;</c>; output contexts are named under it.</summary>
    public string? Session { get; set; }

    public EsQueryResult? QueryResult { get; set; }

    public EsOriginalRequest? OriginalDetectIntentRequest { get; set; }
}

public sealed class EsQueryResult
{
    public string? QueryText { get; set; }

    public string? Action { get; set; }

    public Dictionary<string, JsonElement>? Parameters { get; set; }

    public bool? AllRequiredParamsPresent { get; set; }

    public List<EsContext>? OutputContexts { get; set; }

    public EsIntent? Intent { get; set; }

    public double? IntentDetectionConfidence { get; set; }

    public string? LanguageCode { get; set; }
}

public sealed class EsIntent
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }
}

/// <summary>An ES context: where ES keeps state between turns, with a lifespan in turns.</summary>
public sealed class EsContext
{
    public string? Name { get; set; }

    public int? LifespanCount { get; set; }

    public Dictionary<string, JsonElement>? Parameters { get; set; }
}

/// <summary>The integration's own request; the Phone Gateway and Actions on Google put the caller here.</summary>
public sealed class EsOriginalRequest
{
    public string? Source { get; set; }

    public string? Version { get; set; }

    public JsonElement? Payload { get; set; }
}
