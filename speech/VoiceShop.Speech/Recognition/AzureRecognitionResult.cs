using System.Text.Json.Serialization;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// Azure short-audio recognition JSON, simple and detailed formats. Offset and Duration are 100-ns ticks that
/// the docs show both as numbers and as strings, so both are read.
/// </summary>
public sealed record AzureRecognitionResult(
    string? RecognitionStatus,
    string? DisplayText,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long? Offset,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long? Duration,
    IReadOnlyList<AzureRecognitionCandidate>? NBest);

/// <summary>One detailed-format candidate.</summary>
public sealed record AzureRecognitionCandidate(
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] double? Confidence,
    string? Lexical,
    [property: JsonPropertyName("ITN")] string? Itn,
    string? MaskedItn,
    string? Display);

/// <summary>Source-generated JSON for <see cref="AzureRecognitionResult"/> (the host is AOT-compiled).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(AzureRecognitionResult))]
internal sealed partial class AzureRecognitionJsonContext : JsonSerializerContext;
