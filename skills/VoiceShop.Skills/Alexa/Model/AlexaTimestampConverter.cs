using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Alexa.Model;

/// <summary>Reads request timestamps as ISO-8601 text (with or without "Z" and fractions) or epoch milliseconds.</summary>
public sealed class AlexaTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var milliseconds):
                return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            case JsonTokenType.String:
                var text = reader.GetString();
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                    ? parsed
                    : throw new JsonException("request.timestamp is not an ISO-8601 time.");
            default:
                throw new JsonException("request.timestamp must be a string or a number.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
    }
}
