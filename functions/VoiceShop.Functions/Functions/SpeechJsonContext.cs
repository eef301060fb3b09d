using System.Text.Json.Serialization;

namespace VoiceShop.Functions.Functions;

/// <summary>Source-generated JSON for the speech and voice functions.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SynthesizeRequest))]
public sealed partial class SpeechJsonContext : JsonSerializerContext;
