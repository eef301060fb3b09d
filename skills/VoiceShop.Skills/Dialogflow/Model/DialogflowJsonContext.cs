using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Dialogflow.Model;

/// <summary>
/// Source-generated JSON for the Dialogflow wire models (Native-AOT safe). Writes lowerCamelCase, the
/// spelling Google documents; reading goes through <see cref="DialogflowJson"/>, which also accepts snake_case.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(CxWebhookRequest))]
[JsonSerializable(typeof(CxWebhookResponse))]
[JsonSerializable(typeof(EsWebhookRequest))]
[JsonSerializable(typeof(EsWebhookResponse))]
public sealed partial class DialogflowJsonContext : JsonSerializerContext;
