using System.Globalization;
using System.Text.Json.Nodes;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// Builds the JSON Alexa would POST for a meaning: a LaunchRequest or an IntentRequest inside the request
/// envelope, with the session (id, new, attributes carried from the last response), the linked user's
/// access token, the device's interfaces and a dialog state, as documented for custom skills.
/// </summary>
public static class AlexaRequestFactory
{
    /// <summary>The skill id the simulator speaks as.</summary>
    public const string SimulatedSkillId = "amzn1.ask.skill.voiceshop-simulator";

    /// <summary>The request envelope for <paramref name="meaning"/> in <paramref name="session"/>.</summary>
    public static JsonObject Build(SimulatorSession session, SimulatedShopper shopper, SimulatedMeaning meaning, DateTimeOffset now)
    {
        var request = meaning.IntentName == IntentNames.Launch
            ? new JsonObject { ["type"] = AlexaRequestTypes.Launch }
            : IntentRequest(session, meaning);
        request["requestId"] = $"amzn1.echo-api.request.{Guid.NewGuid()}";
        request["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        request["locale"] = shopper.Locale;

        var user = new JsonObject { ["userId"] = "amzn1.ask.account.simulator" };
        if (shopper.AccessToken is not null)
        {
            user["accessToken"] = shopper.AccessToken;
        }

        var system = new JsonObject
        {
            ["application"] = new JsonObject { ["applicationId"] = SimulatedSkillId },
            ["user"] = user,
            ["device"] = new JsonObject { ["deviceId"] = "amzn1.ask.device.simulator", ["supportedInterfaces"] = Interfaces(shopper.Device) },
            ["apiEndpoint"] = "https://api.amazonalexa.com",
        };
        var context = new JsonObject { ["System"] = system };
        if (shopper.Device == SimulatedDevice.Car)
        {
            // Alexa Auto sends an Automotive context object; its presence is what marks a car.
            context["Automotive"] = new JsonObject();
        }

        return new JsonObject
        {
            ["version"] = "1.0",
            ["session"] = new JsonObject
            {
                ["new"] = session.IsNew,
                ["sessionId"] = $"amzn1.echo-api.session.{session.SessionId}",
                ["application"] = new JsonObject { ["applicationId"] = SimulatedSkillId },
                ["attributes"] = session.Carried.DeepClone(),
                ["user"] = user.DeepClone(),
            },
            ["context"] = context,
            ["request"] = request,
        };
    }

    private static JsonObject IntentRequest(SimulatorSession session, SimulatedMeaning meaning)
    {
        var slots = new JsonObject();
        foreach (var (name, value) in meaning.Slots)
        {
            slots[name] = Slot(name, value);
        }

        var alexaName = AlexaReplyMapper.AlexaIntentName(meaning.IntentName);
        var request = new JsonObject
        {
            ["type"] = AlexaRequestTypes.Intent,
            ["intent"] = new JsonObject { ["name"] = alexaName, ["confirmationStatus"] = "NONE", ["slots"] = slots },
        };
        if (!alexaName.StartsWith("AMAZON.", StringComparison.Ordinal))
        {
            // Intents with a dialog model carry a dialog state: STARTED on the first turn, IN_PROGRESS while eliciting.
            var eliciting = session.Carried["elicitIntent"] is JsonValue elicit && elicit.TryGetValue<string>(out var name) && name == meaning.IntentName;
            request["dialogState"] = eliciting ? "IN_PROGRESS" : "STARTED";
        }

        return request;
    }

    /// <summary>A slot as Alexa sends it: the words heard and, when the value matched a catalog entry, its entity resolution.</summary>
    private static JsonObject Slot(string name, SlotValue value)
    {
        var slot = new JsonObject { ["name"] = name, ["value"] = value.Spoken ?? value.ResolvedName, ["confirmationStatus"] = "NONE" };
        if (value.ResolvedId is not null)
        {
            slot["resolutions"] = new JsonObject
            {
                ["resolutionsPerAuthority"] = new JsonArray(new JsonObject
                {
                    ["authority"] = $"amzn1.er-authority.echo-sdk.{SimulatedSkillId}.{name.ToUpperInvariant()}",
                    ["status"] = new JsonObject { ["code"] = "ER_SUCCESS_MATCH" },
                    ["values"] = new JsonArray(new JsonObject
                    {
                        ["value"] = new JsonObject { ["name"] = value.ResolvedName ?? value.Spoken, ["id"] = value.ResolvedId },
                    }),
                }),
            };
        }

        return slot;
    }

    private static JsonObject Interfaces(SimulatedDevice device) => device == SimulatedDevice.Screen
        ? new JsonObject { ["Alexa.Presentation.APL"] = new JsonObject { ["runtime"] = new JsonObject { ["maxVersion"] = "2024.2" } } }
        : new JsonObject();
}
