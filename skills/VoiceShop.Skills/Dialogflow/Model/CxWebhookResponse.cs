using System.Text.Json;

namespace VoiceShop.Skills.Dialogflow.Model;

/// <summary>What a CX webhook answers (<c>WebhookResponse</c>); every part is optional, <c>{}</c> is valid.</summary>
public sealed class CxWebhookResponse
{
    public CxFulfillmentResponse? FulfillmentResponse { get; set; }

    /// <summary>Only used to mark a form parameter INVALID.</summary>
    public CxPageInfo? PageInfo { get; set; }

    public CxSessionUpdate? SessionInfo { get; set; }

    public JsonElement? Payload { get; set; }

    /// <summary>An immediate transition; never set together with <see cref="TargetFlow"/>.</summary>
    public string? TargetPage { get; set; }

    public string? TargetFlow { get; set; }
}

public sealed class CxFulfillmentResponse
{
    public List<CxResponseMessage> Messages { get; set; } = [];

    /// <summary>APPEND or REPLACE the agent's own messages queued this turn.</summary>
    public string? MergeBehavior { get; set; }
}

/// <summary>One response message; exactly one property is set (a protobuf oneof).</summary>
public sealed class CxResponseMessage
{
    public CxText? Text { get; set; }

    public CxOutputAudioText? OutputAudioText { get; set; }

    public CxLiveAgentHandoff? LiveAgentHandoff { get; set; }

    public JsonElement? Payload { get; set; }
}

public sealed class CxText
{
    public List<string> Text { get; set; } = [];
}

/// <summary>What the voice integrations synthesize, in preference to <see cref="CxText"/>.</summary>
public sealed class CxOutputAudioText
{
    public string? Ssml { get; set; }

    public string? Text { get; set; }
}

/// <summary>Tells the integration the shopper wants a person; what happens next is the integration's.</summary>
public sealed class CxLiveAgentHandoff
{
    public Dictionary<string, string?>? Metadata { get; set; }
}

/// <summary>
/// Session parameters to create, update or delete. A null value is written as JSON null, which deletes the
/// parameter (dictionary entries are not subject to the ignore-null policy).
/// </summary>
public sealed class CxSessionUpdate
{
    public Dictionary<string, string?> Parameters { get; set; } = [];
}

/// <summary>The merge behaviours VoiceShop uses.</summary>
public static class CxMergeBehavior
{
    public const string Append = "APPEND";
    public const string Replace = "REPLACE";
}
