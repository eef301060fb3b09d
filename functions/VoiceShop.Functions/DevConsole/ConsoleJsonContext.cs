using System.Text.Json.Serialization;

namespace VoiceShop.Functions.DevConsole;

/// <summary>Source-generated JSON for the console's own endpoints.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ConsoleTurnRequest))]
[JsonSerializable(typeof(ConsoleTurnResult))]
[JsonSerializable(typeof(ConsoleShopperRequest))]
[JsonSerializable(typeof(ConsoleShopperResult))]
public sealed partial class ConsoleJsonContext : JsonSerializerContext;
