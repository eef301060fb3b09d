using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Plays the Dialogflow CX side of a conversation: builds WebhookRequest JSON as CX sends it (camelCase, the
/// session path, page and form info, the integration payload) and applies each response's session-parameter
/// updates to the next request, null deleting, as CX does.
/// </summary>
public sealed class CxConversation(HttpClient client, JsonObject? payload = null, string languageCode = "en")
{
    public const string Agent = "projects/voiceshop-test/locations/global/agents/7c1d3c6e-0000-4000-8000-000000000001";
    public const string StartPage = Agent + "/flows/00000000-0000-0000-0000-000000000000/pages/START_PAGE";

    private readonly string _session = Agent + "/sessions/" + Guid.NewGuid().ToString("N")[..20];
    private readonly JsonObject _parameters = new();

    /// <summary>Headers added to every request (credentials).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The session parameters CX would hold now.</summary>
    public JsonObject SessionParameters => _parameters.DeepClone().AsObject();

    /// <summary>Builds a request for <paramref name="tag"/>; <paramref name="intentParameters"/> are (original, resolved) pairs.</summary>
    public JsonObject Build(
        string tag,
        string text,
        IDictionary<string, (string Original, JsonNode Resolved)>? intentParameters = null,
        IDictionary<string, JsonNode>? filledForm = null,
        string? intentDisplayName = null)
    {
        var parameters = new JsonObject();
        foreach (var (name, value) in intentParameters ?? new Dictionary<string, (string, JsonNode)>())
        {
            parameters[name] = new JsonObject { ["originalValue"] = value.Original, ["resolvedValue"] = value.Resolved.DeepClone() };
        }

        var form = new JsonArray();
        foreach (var (name, value) in filledForm ?? new Dictionary<string, JsonNode>())
        {
            form.Add((JsonNode)new JsonObject { ["displayName"] = name, ["required"] = true, ["state"] = "FILLED", ["value"] = value.DeepClone(), ["justCollected"] = true });
            _parameters[name] = value.DeepClone(); // CX copies form parameters into the session.
        }

        var request = new JsonObject
        {
            ["detectIntentResponseId"] = Guid.NewGuid().ToString(),
            ["intentInfo"] = new JsonObject
            {
                ["lastMatchedIntent"] = Agent + "/intents/" + Guid.NewGuid(),
                ["displayName"] = intentDisplayName ?? tag,
                ["parameters"] = parameters,
                ["confidence"] = 0.93,
            },
            ["pageInfo"] = new JsonObject
            {
                ["currentPage"] = StartPage,
                ["displayName"] = "Start Page",
                ["formInfo"] = form.Count == 0 ? new JsonObject() : new JsonObject { ["parameterInfo"] = form },
            },
            ["sessionInfo"] = new JsonObject { ["session"] = _session, ["parameters"] = _parameters.DeepClone() },
            ["fulfillmentInfo"] = new JsonObject { ["tag"] = tag },
            ["messages"] = new JsonArray(new JsonObject
            {
                ["text"] = new JsonObject { ["text"] = new JsonArray("(static agent prompt)"), ["redactedText"] = new JsonArray("(static agent prompt)") },
                ["responseType"] = "HANDLER_PROMPT",
                ["source"] = "VIRTUAL_AGENT",
            }),
            ["text"] = text,
            ["languageCode"] = languageCode,
        };
        if (payload is not null)
        {
            request["payload"] = payload.DeepClone();
        }

        return request;
    }

    public Task<CxReply> SendAsync(
        string tag,
        string text,
        IDictionary<string, (string Original, JsonNode Resolved)>? intentParameters = null,
        IDictionary<string, JsonNode>? filledForm = null) =>
        PostAsync(Build(tag, text, intentParameters, filledForm));

    public async Task<CxReply> PostAsync(JsonObject request)
    {
        var body = request.ToJsonString();
        using var response = await PostRawAsync(client, "/api/dialogflow", body, Headers);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Dialogflow endpoint answered {(int)response.StatusCode}: {text}");
        var reply = new CxReply(JsonNode.Parse(text)!.AsObject(), body);
        foreach (var (name, value) in reply.SessionUpdates)
        {
            if (value is null)
            {
                _parameters.Remove(name);
            }
            else
            {
                _parameters[name] = value.DeepClone();
            }
        }

        return reply;
    }

    /// <summary>Posts <paramref name="body"/> as JSON with <paramref name="headers"/>.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string path, string body, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }
}

/// <summary>One CX WebhookResponse, with the parts tests look at.</summary>
public sealed record CxReply(JsonObject Json, string RequestBody)
{
    public JsonArray Messages => Json["fulfillmentResponse"]?["messages"]?.AsArray() ?? [];

    public string Ssml => Messages.Select(m => m?["outputAudioText"]?["ssml"]?.GetValue<string>()).FirstOrDefault(s => s is not null) ?? "";

    /// <summary>The display text message.</summary>
    public string Text => Messages.Select(m => m?["text"]?["text"]?[0]?.GetValue<string>()).FirstOrDefault(s => s is not null) ?? "";

    /// <summary>The speech without tags and with entities decoded, as the shopper hears it.</summary>
    public string Speech => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Ssml, "<[^>]+>", ""));

    public JsonObject? Handoff => Messages.Select(m => m?["liveAgentHandoff"]?.AsObject()).FirstOrDefault(h => h is not null);

    public string? TargetPage => Json["targetPage"]?.GetValue<string>();

    public string? MergeBehavior => Json["fulfillmentResponse"]?["mergeBehavior"]?.GetValue<string>();

    public JsonObject SessionUpdates => Json["sessionInfo"]?["parameters"]?.AsObject().DeepClone().AsObject() ?? new JsonObject();

    public JsonArray FormParameters => Json["pageInfo"]?["formInfo"]?["parameterInfo"]?.AsArray() ?? [];

    public override string ToString() => Json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}

/// <summary>What any valid CX WebhookResponse must satisfy, whatever it says.</summary>
public static class WebhookResponseShape
{
    private static readonly HashSet<string> CxTopLevel = ["fulfillmentResponse", "pageInfo", "sessionInfo", "payload", "targetPage", "targetFlow"];

    public static void AssertValidCx(JsonObject response)
    {
        Assert.All(response, kv => Assert.Contains(kv.Key, CxTopLevel));
        Assert.False(response.ContainsKey("targetPage") && response.ContainsKey("targetFlow"), "targetPage and targetFlow are a oneof");
        Assert.True(Encoding.UTF8.GetByteCount(response.ToJsonString()) <= 64 * 1024, "responses are at most 64 KiB");
        if (response["fulfillmentResponse"] is JsonObject fulfillment)
        {
            Assert.Contains(fulfillment["mergeBehavior"]?.GetValue<string>(), new[] { null, "APPEND", "REPLACE", "MERGE_BEHAVIOR_UNSPECIFIED" });
            foreach (var message in fulfillment["messages"]!.AsArray())
            {
                Assert.Single(message!.AsObject());
                if (message["outputAudioText"]?["ssml"]?.GetValue<string>() is { } ssml)
                {
                    var root = XDocument.Parse(ssml).Root!;
                    Assert.Equal("speak", root.Name.LocalName);
                }

                if (message["text"] is JsonObject text)
                {
                    Assert.All(text["text"]!.AsArray(), line => Assert.False(string.IsNullOrWhiteSpace(line!.GetValue<string>())));
                }
            }
        }

        foreach (var parameter in response["pageInfo"]?["formInfo"]?["parameterInfo"]?.AsArray() ?? [])
        {
            Assert.False(string.IsNullOrEmpty(parameter!["displayName"]?.GetValue<string>()));
            Assert.Equal("INVALID", parameter["state"]?.GetValue<string>());
        }
    }
}
