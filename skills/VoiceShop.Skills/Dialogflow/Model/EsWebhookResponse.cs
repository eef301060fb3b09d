namespace VoiceShop.Skills.Dialogflow.Model;

/// <summary>What an ES fulfillment webhook answers.</summary>
public sealed class EsWebhookResponse
{
    /// <summary>Plain text, used by integrations that read nothing else.</summary>
    public string? FulfillmentText { get; set; }

    public List<EsMessage>? FulfillmentMessages { get; set; }

    public string? Source { get; set; }

    public EsResponsePayload? Payload { get; set; }

    /// <summary>State contexts; a lifespan of 0 deletes one.</summary>
    public List<EsOutputContext>? OutputContexts { get; set; }
}

/// <summary>One ES message; <see cref="Platform"/> picks the integration that reads it.</summary>
public sealed class EsMessage
{
    public string? Platform { get; set; }

    public CxText? Text { get; set; }

    /// <summary>SSML for the ES Phone Gateway and telephony partners.</summary>
    public EsSynthesizeSpeech? TelephonySynthesizeSpeech { get; set; }
}

public sealed class EsSynthesizeSpeech
{
    public string? Ssml { get; set; }

    public string? Text { get; set; }
}

/// <summary>The ES payload: the legacy Actions-on-Google shape (for ES clients that still read it) and ours.</summary>
public sealed class EsResponsePayload
{
    public EsGooglePayload? Google { get; set; }

    /// <summary>Set when the shopper asked for a person; the integration decides how to hand off.</summary>
    public CxLiveAgentHandoff? LiveAgentHandoff { get; set; }
}

public sealed class EsGooglePayload
{
    public bool ExpectUserResponse { get; set; }

    public EsRichResponse RichResponse { get; set; } = new();
}

public sealed class EsRichResponse
{
    public List<EsRichItem> Items { get; set; } = [];
}

public sealed class EsRichItem
{
    public EsSimpleResponse? SimpleResponse { get; set; }
}

public sealed class EsSimpleResponse
{
    public string? Ssml { get; set; }

    public string? DisplayText { get; set; }
}

/// <summary>An output context with string parameters (VoiceShop's dialog state).</summary>
public sealed class EsOutputContext
{
    public string? Name { get; set; }

    public int LifespanCount { get; set; }

    public Dictionary<string, string>? Parameters { get; set; }
}
