using System.Text.Json.Serialization;

namespace VoiceShop.Functions.Functions;

/// <summary>Source-generated JSON for the host's own answers.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(List<OrderView>))]
public sealed partial class HostJsonContext : JsonSerializerContext;
