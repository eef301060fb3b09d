using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// How domain values are written to and read from columns, shared by every store so that they agree on
/// the format: decimals as invariant text, instants as unix milliseconds, dates as ISO text, lists as JSON.
/// </summary>
public static class StoredValues
{
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static long Instant(Instant value) => value.ToUnixTimeMilliseconds();

    public static Instant Instant(long unixMilliseconds) => NodaTime.Instant.FromUnixTimeMilliseconds(unixMilliseconds);

    public static string Date(LocalDate value) => LocalDatePattern.Iso.Format(value);

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static string Lines(IReadOnlyList<OrderLine> lines) => JsonSerializer.Serialize(
        lines.Select(l => new StoredLine(l.Sku, l.ProductName, l.Unit, l.Quantity, Decimal(l.UnitPrice.Amount), l.UnitPrice.Currency)).ToList(),
        StoredJsonContext.Default.ListStoredLine);

    public static IReadOnlyList<OrderLine> Lines(string json) => StoredJsonReader.Lines(json);

    public static string History(IReadOnlyList<OrderStatusChange> history) => JsonSerializer.Serialize(
        history.Select(h => new StoredStatusChange(h.Status.ToString(), Instant(h.At))).ToList(),
        StoredJsonContext.Default.ListStoredStatusChange);

    public static IReadOnlyList<OrderStatusChange> History(string json) => StoredJsonReader.History(json);

    public static string Strings(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values.ToList(), StoredJsonContext.Default.ListString);

    public static IReadOnlyList<string> Strings(string json) =>
        JsonSerializer.Deserialize(json, StoredJsonContext.Default.ListString) ?? [];

    public static string Attributes(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(new Dictionary<string, string>(values), StoredJsonContext.Default.DictionaryStringString);

    public static IReadOnlyDictionary<string, string> Attributes(string json) =>
        JsonSerializer.Deserialize(json, StoredJsonContext.Default.DictionaryStringString) ?? [];
}
