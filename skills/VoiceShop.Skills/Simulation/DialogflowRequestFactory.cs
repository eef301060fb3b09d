using System.Text.Json.Nodes;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// Builds the Dialogflow CX WebhookRequest an agent generated from VoiceShop's interaction model would send:
/// the route's fulfillment tag, the matched intent with its parameters, the session with its parameters
/// carried from the last response, the start page, the shopper's words (text on a screen, a transcript on
/// voice) and the account-link token in the payload.
/// </summary>
public static class DialogflowRequestFactory
{
    /// <summary>The agent the simulator speaks as.</summary>
    public const string AgentName = "projects/voiceshop-local/locations/global/agents/simulator";

    /// <summary>The default start flow's start page: routes there call the webhook, and END_SESSION ends the call.</summary>
    public const string StartPage = AgentName + "/flows/00000000-0000-0000-0000-000000000000/pages/START_PAGE";

    /// <summary>The WebhookRequest for <paramref name="meaning"/>, heard as <paramref name="utterance"/>.</summary>
    public static JsonObject Build(SimulatorSession session, SimulatedShopper shopper, SimulatedMeaning meaning, string utterance)
    {
        var parameters = new JsonObject();
        foreach (var (name, value) in meaning.Slots)
        {
            parameters[name] = new JsonObject { ["originalValue"] = value.Spoken ?? value.ResolvedName, ["resolvedValue"] = Resolved(name, value) };
        }

        var launch = meaning.IntentName == IntentNames.Launch;
        var request = new JsonObject
        {
            ["detectIntentResponseId"] = Guid.NewGuid().ToString(),
            ["languageCode"] = shopper.Locale.Split('-')[0].ToLowerInvariant(),
            ["fulfillmentInfo"] = new JsonObject { ["tag"] = Tag(meaning.IntentName) },
            ["intentInfo"] = new JsonObject
            {
                ["lastMatchedIntent"] = $"{AgentName}/intents/{(launch ? "00000000-0000-0000-0000-000000000000" : meaning.IntentName)}",
                ["displayName"] = launch ? "Default Welcome Intent" : meaning.IntentName,
                ["parameters"] = parameters,
                ["confidence"] = meaning.Confidence,
            },
            ["pageInfo"] = new JsonObject { ["currentPage"] = StartPage, ["displayName"] = "Start Page" },
            ["sessionInfo"] = new JsonObject { ["session"] = $"{AgentName}/sessions/{session.SessionId}", ["parameters"] = session.Carried.DeepClone() },
            ["payload"] = shopper.AccessToken is null ? new JsonObject() : new JsonObject { ["accessToken"] = shopper.AccessToken },
        };

        // A screen shows the chat text; speakers and cars send the speech recognizer's transcript.
        request[shopper.Device == SimulatedDevice.Screen ? "text" : "transcript"] = utterance;
        return request;
    }

    /// <summary>The agent route's tag for a neutral intent; intents without a tag of their own route by display name.</summary>
    public static string Tag(string intentName) =>
        DialogflowRouting.Tags.FirstOrDefault(kv => kv.Value == intentName).Key ?? intentName;

    /// <summary>Numbers resolve to numbers, products to the catalog id when the entity matched, otherwise the words.</summary>
    private static JsonNode? Resolved(string name, SlotValue value)
    {
        if (name != SlotNames.Product && decimal.TryParse(value.Spoken, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value.ResolvedId ?? value.Spoken ?? value.ResolvedName);
    }
}
