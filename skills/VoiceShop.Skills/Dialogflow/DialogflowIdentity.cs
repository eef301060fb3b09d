using System.Text.Json;
using VoiceShop.Commerce.Customers;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Who is calling. An account-link token (from the integration's payload, or a session parameter the
/// integration set) names a Google-linked customer; otherwise a telephony caller id may name a customer who
/// registered that phone number. No token and no known number means unlinked.
/// </summary>
public static class DialogflowIdentity
{
    /// <summary>Payload and session-parameter names that carry an account-link token.</summary>
    private static readonly string[] TokenNames = ["accessToken", "access_token"];

    /// <summary>The identity in a CX or ES request, or null when the caller is anonymous.</summary>
    public static PlatformIdentity? From(JsonElement? payload, IReadOnlyDictionary<string, JsonElement>? sessionParameters)
    {
        if (Token(payload, sessionParameters) is { } token)
        {
            return new PlatformIdentity(PlatformIdentity.Google, token);
        }

        return CallerId(payload) is { } callerId ? new PlatformIdentity(PlatformIdentity.Phone, callerId) : null;
    }

    /// <summary>The Phone Gateway's <c>telephony.caller_id</c>, with separators removed ("+1 555-555-0100" → "+15555550100").</summary>
    public static string? CallerId(JsonElement? payload)
    {
        var telephony = DialogflowValues.ObjectProperty(payload, "telephony");
        var raw = DialogflowValues.StringProperty(telephony, "caller_id") ?? DialogflowValues.StringProperty(telephony, "callerId");
        if (raw is null)
        {
            return null;
        }

        var digits = new string(raw.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
        return digits.Count(char.IsAsciiDigit) >= 7 ? digits : null;
    }

    private static string? Token(JsonElement? payload, IReadOnlyDictionary<string, JsonElement>? sessionParameters)
    {
        foreach (var name in TokenNames)
        {
            if (DialogflowValues.StringProperty(payload, name) is { } fromPayload)
            {
                return fromPayload;
            }
        }

        // The legacy Actions-on-Google payload (ES) kept it under user.accessToken.
        if (DialogflowValues.StringProperty(DialogflowValues.ObjectProperty(payload, "user"), "accessToken") is { } fromUser)
        {
            return fromUser;
        }

        foreach (var name in TokenNames)
        {
            if (sessionParameters is not null && sessionParameters.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString()!.Trim();
            }
        }

        return null;
    }
}
