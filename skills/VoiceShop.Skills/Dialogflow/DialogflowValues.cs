using System.Globalization;
using System.Text.Json;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Reads Dialogflow parameter values, which are protobuf <c>Value</c>s: a string, a number (sys.number sends
/// <c>2.0</c>), a bool, an object (sys.unit-currency sends <c>{"amount":100,"currency":"USD"}</c>) or a list.
/// </summary>
public static class DialogflowValues
{
    /// <summary>The value as the text a slot carries, or null when there is none.</summary>
    public static string? AsText(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => Number(element),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Object when element.TryGetProperty("amount", out var amount) => AsText(amount),
            JsonValueKind.Array => element.EnumerateArray().Select(item => AsText(item)).FirstOrDefault(item => item is not null),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A string property of an object, or null when it is missing or not a string.</summary>
    public static string? StringProperty(JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>An object property of an object, or null.</summary>
    public static JsonElement? ObjectProperty(JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>Whole numbers as integers ("2", not "2.0"), so quantities parse.</summary>
    private static string Number(JsonElement element)
    {
        if (element.TryGetInt64(out var whole))
        {
            return whole.ToString(CultureInfo.InvariantCulture);
        }

        var value = element.GetDouble();
        return value == Math.Floor(value) && Math.Abs(value) < long.MaxValue
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
    }
}
