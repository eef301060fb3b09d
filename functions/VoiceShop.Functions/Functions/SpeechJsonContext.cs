using System.Text.Json.Serialization;
using VoiceShop.Skills.Voice;

namespace VoiceShop.Functions.Functions;

/// <summary>Source-generated JSON for the speech and voice functions.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SynthesizeRequest))]
[JsonSerializable(typeof(VoiceOutcome))]
public sealed partial class SpeechJsonContext : JsonSerializerContext;
