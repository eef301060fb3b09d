using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Voice;

/// <summary>Source-generated JSON for the voice channel's stored dialog state.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class VoiceJsonContext : JsonSerializerContext;
