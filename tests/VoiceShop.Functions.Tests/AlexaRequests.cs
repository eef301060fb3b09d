using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Builds Alexa request JSON the way Alexa sends it, and carries session attributes from each response to
/// the next request, as Alexa does within a session.
/// </summary>
public sealed class AlexaConversation(HttpClient client, string? accessToken = "demo-token", string locale = "en-US")
{
    private JsonObject _attributes = new();
    private readonly string _sessionId = "amzn1.echo-api.session." + Guid.NewGuid();
    private bool _new = true;
    private int _requestCount;

    public string? LastRequestId { get; private set; }

    public DateTimeOffset Timestamp { get; set; } = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    public Task<AlexaReply> LaunchAsync() => SendAsync(new JsonObject { ["type"] = "LaunchRequest" });

    public Task<AlexaReply> IntentAsync(string name, IDictionary<string, string>? slots = null, string confirmation = "NONE")
    {
        var slotJson = new JsonObject();
        foreach (var (slotName, value) in slots ?? new Dictionary<string, string>())
        {
            slotJson[slotName] = new JsonObject { ["name"] = slotName, ["value"] = value, ["confirmationStatus"] = "NONE" };
        }

        return SendAsync(new JsonObject
        {
            ["type"] = "IntentRequest",
            ["dialogState"] = "IN_PROGRESS",
            ["intent"] = new JsonObject { ["name"] = name, ["confirmationStatus"] = confirmation, ["slots"] = slotJson },
        });
    }

    /// <summary>The JSON body of the next request, without sending it.</summary>
    public string Build(JsonObject request)
    {
        _requestCount++;
        LastRequestId = $"amzn1.echo-api.request.{Guid.NewGuid()}";
        request["requestId"] = LastRequestId;
        request["timestamp"] = Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        request["locale"] = locale;
        var user = new JsonObject { ["userId"] = "amzn1.ask.account.test" };
        if (accessToken is not null)
        {
            user["accessToken"] = accessToken;
        }

        var envelope = new JsonObject
        {
            ["version"] = "1.0",
            ["session"] = new JsonObject
            {
                ["new"] = _new,
                ["sessionId"] = _sessionId,
                ["application"] = new JsonObject { ["applicationId"] = "amzn1.ask.skill.voiceshop-test" },
                ["attributes"] = _attributes.DeepClone(),
                ["user"] = user.DeepClone(),
            },
            ["context"] = new JsonObject
            {
                ["System"] = new JsonObject
                {
                    ["application"] = new JsonObject { ["applicationId"] = "amzn1.ask.skill.voiceshop-test" },
                    ["user"] = user,
                    ["device"] = new JsonObject { ["deviceId"] = "amzn1.ask.device.test", ["supportedInterfaces"] = new JsonObject() },
                    ["apiEndpoint"] = "https://api.amazonalexa.com",
                },
            },
            ["request"] = request,
        };
        _new = false;
        return envelope.ToJsonString();
    }

    public async Task<AlexaReply> SendAsync(JsonObject request) => await PostAsync(Build(request));

    /// <summary>Posts a raw body (used to replay a request byte for byte).</summary>
    public async Task<AlexaReply> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync("/api/alexa", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Alexa endpoint answered {(int)response.StatusCode}: {text}");
        var reply = new AlexaReply(JsonNode.Parse(text)!.AsObject(), body);
        _attributes = reply.SessionAttributes;
        return reply;
    }
}

/// <summary>One Alexa response, with the parts tests look at.</summary>
public sealed record AlexaReply(JsonObject Json, string RequestBody)
{
    public JsonObject Response => Json["response"]!.AsObject();

    public string Ssml => Response["outputSpeech"]?["ssml"]?.GetValue<string>() ?? "";

    /// <summary>The speech without tags and with entities decoded, as the shopper hears it.</summary>
    public string Speech => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Ssml, "<[^>]+>", ""));

    public bool? ShouldEndSession => Response["shouldEndSession"]?.GetValue<bool>();

    public string? CardType => Response["card"]?["type"]?.GetValue<string>();

    public string? CardContent => Response["card"]?["content"]?.GetValue<string>();

    public JsonObject SessionAttributes => Json["sessionAttributes"]?.AsObject().DeepClone().AsObject() ?? new JsonObject();

    public override string ToString() => Json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
