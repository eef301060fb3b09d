using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceShop.Commerce.Stores;

/// <summary>The shape of a stored order line: amounts as strings so no precision is lost.</summary>
internal sealed record StoredLine(string Sku, string Name, string Unit, int Quantity, string Price, string Currency);

/// <summary>One stored history step: status name and unix milliseconds.</summary>
internal sealed record StoredStatusChange(string Status, long At);

/// <summary>Source-generated JSON for the columns that hold lists, so no reflection runs in an AOT host.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<StoredLine>))]
[JsonSerializable(typeof(List<StoredStatusChange>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
