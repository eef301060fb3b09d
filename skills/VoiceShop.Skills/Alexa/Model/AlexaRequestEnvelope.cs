using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Alexa.Model;

/// <summary>The JSON Alexa posts to a custom skill. Plain types that mirror the wire format one to one.</summary>
public sealed class AlexaRequestEnvelope
{
    public string? Version { get; set; }

    /// <summary>Absent on skill events and System.ExceptionEncountered.</summary>
    public AlexaSession? Session { get; set; }

    public AlexaContext? Context { get; set; }

    public AlexaRequest? Request { get; set; }
}

public sealed class AlexaSession
{
    [JsonPropertyName("new")]
    public bool IsNew { get; set; }

    public string? SessionId { get; set; }

    public AlexaApplication? Application { get; set; }

    /// <summary>Echo of the previous response's sessionAttributes. Any JSON may come back, so it is read loosely.</summary>
    public Dictionary<string, JsonElement>? Attributes { get; set; }

    public AlexaUser? User { get; set; }
}

public sealed class AlexaApplication
{
    public string? ApplicationId { get; set; }
}

public sealed class AlexaUser
{
    public string? UserId { get; set; }

    /// <summary>The account-linking token; absent when the account is not linked.</summary>
    public string? AccessToken { get; set; }
}

public sealed class AlexaContext
{
    public AlexaSystem? System { get; set; }

    /// <summary>Present on in-vehicle devices (Alexa Auto).</summary>
    public JsonElement? Automotive { get; set; }

    public JsonElement? Viewport { get; set; }
}

public sealed class AlexaSystem
{
    public AlexaApplication? Application { get; set; }

    public AlexaUser? User { get; set; }

    public AlexaDevice? Device { get; set; }

    public string? ApiEndpoint { get; set; }

    public string? ApiAccessToken { get; set; }
}

public sealed class AlexaDevice
{
    public string? DeviceId { get; set; }

    public Dictionary<string, JsonElement>? SupportedInterfaces { get; set; }
}

/// <summary>Every request type in one shape: fields a type does not have are simply null.</summary>
public sealed class AlexaRequest
{
    public string? Type { get; set; }

    public string? RequestId { get; set; }

    /// <summary>ISO-8601 normally; the old simulator sent epoch milliseconds, which the converter accepts too.</summary>
    [JsonConverter(typeof(AlexaTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public string? Locale { get; set; }

    public AlexaIntent? Intent { get; set; }

    public string? DialogState { get; set; }

    public string? Reason { get; set; }

    public AlexaError? Error { get; set; }
}

public sealed class AlexaIntent
{
    public string? Name { get; set; }

    public string? ConfirmationStatus { get; set; }

    public Dictionary<string, AlexaSlot>? Slots { get; set; }
}

public sealed class AlexaSlot
{
    public string? Name { get; set; }

    public string? Value { get; set; }

    public string? ConfirmationStatus { get; set; }

    public string? Source { get; set; }

    public AlexaResolutions? Resolutions { get; set; }
}

public sealed class AlexaResolutions
{
    public List<AlexaResolution>? ResolutionsPerAuthority { get; set; }
}

public sealed class AlexaResolution
{
    public string? Authority { get; set; }

    public AlexaResolutionStatus? Status { get; set; }

    /// <summary>Absent for ER_SUCCESS_NO_MATCH.</summary>
    public List<AlexaResolutionValueWrapper>? Values { get; set; }
}

public sealed class AlexaResolutionStatus
{
    public string? Code { get; set; }
}

public sealed class AlexaResolutionValueWrapper
{
    public AlexaResolutionValue? Value { get; set; }
}

public sealed class AlexaResolutionValue
{
    public string? Name { get; set; }

    public string? Id { get; set; }
}

public sealed class AlexaError
{
    public string? Type { get; set; }

    public string? Message { get; set; }
}
