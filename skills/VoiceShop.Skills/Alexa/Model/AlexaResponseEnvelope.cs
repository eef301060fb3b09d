using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Alexa.Model;

/// <summary>The JSON a custom skill answers with.</summary>
public sealed class AlexaResponseEnvelope
{
    public string Version { get; set; } = "1.0";

    /// <summary>Dialog state for the next turn; Alexa echoes it back in session.attributes.</summary>
    public Dictionary<string, string>? SessionAttributes { get; set; }

    public AlexaResponse Response { get; set; } = new();
}

public sealed class AlexaResponse
{
    public AlexaOutputSpeech? OutputSpeech { get; set; }

    public AlexaCard? Card { get; set; }

    public AlexaReprompt? Reprompt { get; set; }

    /// <summary>Tri-state: true ends, false keeps the microphone open, null (omitted) leaves it to the device.</summary>
    public bool? ShouldEndSession { get; set; }

    public List<AlexaDirective>? Directives { get; set; }

    public AlexaCanFulfillIntent? CanFulfillIntent { get; set; }
}

public sealed class AlexaOutputSpeech
{
    public string Type { get; set; } = "SSML";

    public string? Ssml { get; set; }

    public string? Text { get; set; }
}

public sealed class AlexaReprompt
{
    public AlexaOutputSpeech? OutputSpeech { get; set; }
}

/// <summary>Simple (title, content), Standard (title, text, image) or LinkAccount (type only) card.</summary>
public sealed class AlexaCard
{
    public string Type { get; set; } = "Simple";

    public string? Title { get; set; }

    public string? Content { get; set; }

    public string? Text { get; set; }

    public AlexaCardImage? Image { get; set; }
}

public sealed class AlexaCardImage
{
    public string? SmallImageUrl { get; set; }

    public string? LargeImageUrl { get; set; }
}

/// <summary>Dialog.Delegate, Dialog.ElicitSlot, Dialog.ConfirmSlot or Dialog.ConfirmIntent.</summary>
public sealed class AlexaDirective
{
    public string Type { get; set; } = "";

    public string? SlotToElicit { get; set; }

    public string? SlotToConfirm { get; set; }

    public AlexaIntent? UpdatedIntent { get; set; }
}

public sealed class AlexaCanFulfillIntent
{
    public string CanFulfill { get; set; } = "NO";

    public Dictionary<string, AlexaCanFulfillSlot>? Slots { get; set; }
}

public sealed class AlexaCanFulfillSlot
{
    public string CanUnderstand { get; set; } = "NO";

    public string CanFulfill { get; set; } = "NO";
}

/// <summary>Source-generated serializer for the Alexa wire format: no reflection at run time, Native-AOT safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(AlexaRequestEnvelope))]
[JsonSerializable(typeof(AlexaResponseEnvelope))]
public sealed partial class AlexaJsonContext : JsonSerializerContext;
