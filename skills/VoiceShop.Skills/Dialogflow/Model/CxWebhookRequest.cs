using System.Text.Json;

namespace VoiceShop.Skills.Dialogflow.Model;

/// <summary>
/// What Dialogflow CX posts to a webhook (<c>WebhookRequest</c> in <c>cx/v3/webhook.proto</c>). Plain types
/// that mirror the JSON one to one; anything not listed here is ignored, as Google asks.
/// </summary>
public sealed class CxWebhookRequest
{
    /// <summary>Unique per detect-intent call: the request id for logs and idempotency.</summary>
    public string? DetectIntentResponseId { get; set; }

    public string? LanguageCode { get; set; }

    public CxFulfillmentInfo? FulfillmentInfo { get; set; }

    public CxIntentInfo? IntentInfo { get; set; }

    public CxPageInfo? PageInfo { get; set; }

    public CxSessionInfo? SessionInfo { get; set; }

    /// <summary>Typed input (chat and web integrations).</summary>
    public string? Text { get; set; }

    /// <summary>Speech-recognition result (telephony).</summary>
    public string? Transcript { get; set; }

    public string? TriggerIntent { get; set; }

    public string? TriggerEvent { get; set; }

    public string? DtmfDigits { get; set; }

    /// <summary>Set by the integration: the Phone Gateway puts <c>telephony.caller_id</c> here.</summary>
    public JsonElement? Payload { get; set; }
}

public sealed class CxFulfillmentInfo
{
    /// <summary>The tag set on the fulfillment in the agent: the route VoiceShop dispatches on.</summary>
    public string? Tag { get; set; }
}

public sealed class CxIntentInfo
{
    public string? LastMatchedIntent { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Keyed by intent parameter id.</summary>
    public Dictionary<string, CxIntentParameterValue>? Parameters { get; set; }

    public double? Confidence { get; set; }
}

public sealed class CxIntentParameterValue
{
    /// <summary>The words as the shopper said them.</summary>
    public string? OriginalValue { get; set; }

    /// <summary>The entity value Dialogflow resolved them to: string, number, object or list.</summary>
    public JsonElement? ResolvedValue { get; set; }
}

public sealed class CxPageInfo
{
    public string? CurrentPage { get; set; }

    public string? DisplayName { get; set; }

    public CxFormInfo? FormInfo { get; set; }
}

public sealed class CxFormInfo
{
    public List<CxParameterInfo>? ParameterInfo { get; set; }
}

/// <summary>A form parameter on the current page; in responses only INVALID has an effect.</summary>
public sealed class CxParameterInfo
{
    public string? DisplayName { get; set; }

    public bool? Required { get; set; }

    /// <summary>PARAMETER_STATE_UNSPECIFIED, EMPTY, INVALID or FILLED.</summary>
    public string? State { get; set; }

    public JsonElement? Value { get; set; }

    /// <summary>Filled in this very turn (request only).</summary>
    public bool? JustCollected { get; set; }
}

public sealed class CxSessionInfo
{
    public string? Session { get; set; }

    /// <summary>Every session parameter, keyed by display name.</summary>
    public Dictionary<string, JsonElement>? Parameters { get; set; }
}

/// <summary>CX form parameter states.</summary>
public static class CxParameterStates
{
    public const string Filled = "FILLED";
    public const string Invalid = "INVALID";
}
