using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Simulation;

/// <summary>Source-generated JSON for the simulator: conversation files and session parameters (AOT-safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(ConversationScript))]
public sealed partial class SimulationJsonContext : JsonSerializerContext;
