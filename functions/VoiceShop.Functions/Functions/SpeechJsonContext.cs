using System.Text.Json.Serialization;

namespace VoiceShop.Functions.Functions;

/// <summary>Source-generated JSON for the speech and voice functions.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SynthesizeRequest))]
[JsonSerializable(typeof(VoiceReply))]
public sealed partial class SpeechJsonContext : JsonSerializerContext;
