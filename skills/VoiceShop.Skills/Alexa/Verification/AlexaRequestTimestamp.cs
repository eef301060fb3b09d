using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>
/// The replay window: a signed request is only good close to when Alexa sent it. Read straight from the
/// verified bytes (not from a model parsed later), so nothing but the verifier decides what counts.
/// </summary>
public static class AlexaRequestTimestamp
{
    /// <summary>Amazon's limit for ordinary requests; services allowing more cannot be certified.</summary>
    public static readonly Duration Tolerance = Duration.FromSeconds(150);

    /// <summary>Skill events (enabled, disabled, account linked …) may be delivered up to an hour late.</summary>
    public static readonly Duration SkillEventTolerance = Duration.FromHours(1);

    private const int MaxDepth = 64;

    /// <summary>Null when the body's <c>request.timestamp</c> is within the window around <paramref name="now"/>, else the failed check.</summary>
    public static string? Check(ReadOnlySpan<byte> body, Instant now)
    {
        if (!TryRead(body, out var type, out var sent))
        {
            return AlexaVerificationChecks.TimestampUnreadable;
        }

        var tolerance = type.StartsWith(AlexaRequestTypes.SkillEventPrefix, StringComparison.Ordinal) ? SkillEventTolerance : Tolerance;
        var distance = now - sent;
        return distance <= tolerance && distance >= -tolerance ? null : AlexaVerificationChecks.TimestampOutOfRange;
    }

    /// <summary>Reads <c>request.type</c> and <c>request.timestamp</c> (ISO-8601 text or epoch milliseconds).</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out string type, out Instant sent)
    {
        type = "";
        sent = default;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("request", out var request)
                || request.ValueKind != JsonValueKind.Object
                || !request.TryGetProperty("timestamp", out var timestamp))
            {
                return false;
            }

            if (request.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String)
            {
                type = typeElement.GetString() ?? "";
            }

            switch (timestamp.ValueKind)
            {
                // The old Service Simulator sent epoch milliseconds.
                case JsonValueKind.Number when timestamp.TryGetInt64(out var milliseconds)
                    && milliseconds is > 0 and < 253_402_300_800_000:
                    sent = Instant.FromUnixTimeMilliseconds(milliseconds);
                    return true;
                case JsonValueKind.String when DateTimeOffset.TryParse(
                    timestamp.GetString(),
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                    out var parsed):
                    sent = Instant.FromDateTimeOffset(parsed);
                    return true;
                default:
                    return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
