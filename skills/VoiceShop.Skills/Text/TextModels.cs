using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Text;

/// <summary>
/// <c>POST /api/text</c> request: what a shopper typed or a client's own speech recogniser heard.
/// <see cref="AccessToken"/> names the shopper (VoiceShop's own account token), absent when unlinked;
/// <see cref="Brief"/> asks for the one-sentence variants meant for drivers.
/// </summary>
public sealed class TextRequest
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    [JsonPropertyName("brief")]
    public bool? Brief { get; set; }
}

/// <summary>The answer: what was understood, and what VoiceShop says back, as SSML and as plain text.</summary>
public sealed record TextResponse(
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("intent")] TextIntent Intent,
    [property: JsonPropertyName("ssml")] string Ssml,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("endSession")] bool EndSession);

/// <summary>The intent understood; only slots that were heard are present.</summary>
public sealed record TextIntent(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("slots")] IReadOnlyDictionary<string, TextSlot> Slots);

/// <summary>A slot as heard (<see cref="Value"/>) and, for products, the catalog entry it resolved to.</summary>
public sealed record TextSlot(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("id")] string? Id = null,
    [property: JsonPropertyName("name")] string? Name = null);

/// <summary>Source-generated JSON for the text channel; absent values are left out rather than written as null.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TextRequest))]
[JsonSerializable(typeof(TextResponse))]
public sealed partial class TextJsonContext : JsonSerializerContext;
