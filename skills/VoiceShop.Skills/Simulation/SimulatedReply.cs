using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// A platform response as a developer reads it: the SSML, the words the shopper hears, whether the session
/// ended, the companion-app card, and (on the text channel, whose host runs the NLU) the intent it heard.
/// </summary>
public sealed partial record SimulatedReply(string Ssml, string Speech, bool EndsSession, string? CardTitle, string? CardContent, string? HeardIntent)
{
    /// <summary>Reads a response of <paramref name="platform"/>; fields the platform did not send stay empty.</summary>
    public static SimulatedReply Read(string platform, JsonObject response) => platform switch
    {
        SimulatedPlatforms.Alexa => FromAlexa(response),
        SimulatedPlatforms.Dialogflow => FromDialogflow(response),
        _ => FromText(response),
    };

    /// <summary>The words of an SSML document as they are spoken: tags dropped, entities decoded, spaces collapsed.</summary>
    public static string SpokenText(string ssml) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(ssml, "")), " ").Trim();

    private static SimulatedReply FromAlexa(JsonObject envelope)
    {
        var response = envelope["response"] as JsonObject;
        var speech = response?["outputSpeech"];
        var ssml = String(speech, "ssml") ?? "";
        var plain = String(speech, "text");
        var card = response?["card"];
        var cardType = String(card, "type");
        return new SimulatedReply(
            ssml,
            plain ?? SpokenText(ssml),
            Bool(response, "shouldEndSession") ?? true,
            cardType == "LinkAccount" ? "Link your account" : String(card, "title"),
            String(card, "content") ?? String(card, "text"),
            null);
    }

    private static SimulatedReply FromDialogflow(JsonObject response)
    {
        var messages = response["fulfillmentResponse"]?["messages"] as JsonArray ?? [];
        var ssml = messages.Select(m => String(m?["outputAudioText"], "ssml")).FirstOrDefault(s => s is not null) ?? "";
        var text = messages.Select(m => m?["text"]?["text"] is JsonArray lines ? string.Join(" ", lines.Select(l => l is JsonValue line && line.TryGetValue<string>(out var words) ? words : null)) : null)
            .FirstOrDefault(t => t is not null);
        var target = String(response, "targetPage") ?? String(response, "target_page") ?? "";
        var handedOff = messages.Any(m => m?["liveAgentHandoff"] is not null);
        return new SimulatedReply(ssml, text ?? SpokenText(ssml), target.EndsWith("/END_SESSION", StringComparison.Ordinal) || handedOff, null, null, null);
    }

    private static SimulatedReply FromText(JsonObject response)
    {
        var ssml = String(response, "ssml") ?? "";
        return new SimulatedReply(
            ssml,
            String(response, "text") ?? SpokenText(ssml),
            Bool(response, "endSession") ?? false,
            null,
            null,
            String(response["intent"], "name"));
    }

    private static string? String(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool? Bool(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
