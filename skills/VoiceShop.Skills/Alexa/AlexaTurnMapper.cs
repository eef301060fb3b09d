using System.Text.Json;
using VoiceShop.Commerce.Customers;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa.Model;

namespace VoiceShop.Skills.Alexa;

/// <summary>Translates an Alexa request into the platform-neutral <see cref="Turn"/>.</summary>
public static class AlexaTurnMapper
{
    /// <summary>The platform name handlers see.</summary>
    public const string Platform = "alexa";

    private const string AmazonPrefix = "AMAZON.";

    /// <summary>The turn for a LaunchRequest, IntentRequest or SessionEndedRequest.</summary>
    public static Turn ToTurn(AlexaRequestEnvelope envelope)
    {
        var request = envelope.Request!;
        var intentName = request.Type switch
        {
            AlexaRequestTypes.Launch => IntentNames.Launch,
            AlexaRequestTypes.SessionEnded => IntentNames.SessionEnded,
            _ => NeutralIntentName(request.Intent?.Name),
        };
        return new Turn(
            Platform,
            request.Locale ?? "en-US",
            envelope.Session?.SessionId ?? "",
            request.RequestId ?? "",
            intentName,
            Slots(request.Intent),
            request.Intent?.ConfirmationStatus switch
            {
                "CONFIRMED" => Confirmation.Confirmed,
                "DENIED" => Confirmation.Denied,
                _ => Confirmation.None,
            },
            AccessToken(envelope) is { } token ? new PlatformIdentity(PlatformIdentity.Alexa, token) : null,
            DialogState.FromDictionary(StringAttributes(envelope.Session?.Attributes)),
            Device(envelope.Context));
    }

    /// <summary>"AMAZON.YesIntent" to "YesIntent"; our own intents keep their names.</summary>
    public static string NeutralIntentName(string? alexaName) =>
        string.IsNullOrEmpty(alexaName) ? IntentNames.Fallback
        : alexaName.StartsWith(AmazonPrefix, StringComparison.Ordinal) ? alexaName[AmazonPrefix.Length..]
        : alexaName;

    /// <summary>The account-linking token: context.System.user first (always present), then session.user.</summary>
    public static string? AccessToken(AlexaRequestEnvelope envelope) =>
        NullIfEmpty(envelope.Context?.System?.User?.AccessToken) ?? NullIfEmpty(envelope.Session?.User?.AccessToken);

    /// <summary>The skill id, from context.System (sessions are absent on some requests), else session.</summary>
    public static string? ApplicationId(AlexaRequestEnvelope envelope) =>
        envelope.Context?.System?.Application?.ApplicationId ?? envelope.Session?.Application?.ApplicationId;

    private static Dictionary<string, SlotValue> Slots(AlexaIntent? intent)
    {
        var slots = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        foreach (var (name, slot) in intent?.Slots ?? [])
        {
            // Null entries are valid JSON; a hostile or broken request may send them anywhere.
            if (slot is null)
            {
                continue;
            }

            var match = slot.Resolutions?.ResolutionsPerAuthority?
                .Where(r => r?.Status?.Code == "ER_SUCCESS_MATCH")
                .SelectMany(r => r.Values ?? [])
                .Select(v => v?.Value)
                .FirstOrDefault(v => v is not null);
            var value = new SlotValue(NullIfEmpty(slot.Value), NullIfEmpty(match?.Id), NullIfEmpty(match?.Name));
            if (value.HasValue)
            {
                slots[name] = value;
            }
        }

        return slots;
    }

    private static Dictionary<string, string>? StringAttributes(Dictionary<string, JsonElement>? attributes) =>
        attributes?
            .Where(kv => kv.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(kv => kv.Key, kv => kv.Value.GetString()!, StringComparer.Ordinal);

    private static DeviceProfile Device(AlexaContext? context)
    {
        var interfaces = context?.System?.Device?.SupportedInterfaces;
        var hasScreen = interfaces is not null && (interfaces.ContainsKey("Display") || interfaces.ContainsKey("Alexa.Presentation.APL"));
        var inCar = context?.Automotive is { ValueKind: JsonValueKind.Object };
        return new DeviceProfile(hasScreen, Brief: inCar);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The request types VoiceShop treats specially; every other type is acknowledged.</summary>
public static class AlexaRequestTypes
{
    public const string Launch = "LaunchRequest";
    public const string Intent = "IntentRequest";
    public const string SessionEnded = "SessionEndedRequest";
    public const string CanFulfill = "CanFulfillIntentRequest";
    public const string ExceptionEncountered = "System.ExceptionEncountered";
    public const string SkillEventPrefix = "AlexaSkillEvent.";
}
