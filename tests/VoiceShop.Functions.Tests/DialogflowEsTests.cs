using System.Net;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>Legacy Dialogflow ES v2 fulfillment through the real host: same handlers, state in an output context.</summary>
public sealed class DialogflowEsTests : IDisposable
{
    private const string Session = "projects/voiceshop-es/agent/sessions/0b7a4c1e";
    private readonly VoiceShopHost _host = new();

    private static JsonObject Request(string intent, string action, JsonArray? contexts = null, JsonObject? parameters = null, string token = DemoData.DemoGoogleToken) => new()
    {
        ["responseId"] = Guid.NewGuid().ToString(),
        ["session"] = Session,
        ["queryResult"] = new JsonObject
        {
            ["queryText"] = "whatever was said",
            ["action"] = action,
            ["parameters"] = parameters ?? new JsonObject(),
            ["allRequiredParamsPresent"] = true,
            ["outputContexts"] = contexts ?? new JsonArray(),
            ["intent"] = new JsonObject { ["name"] = "projects/voiceshop-es/agent/intents/1", ["displayName"] = intent },
            ["intentDetectionConfidence"] = 1,
            ["languageCode"] = "en",
        },
        ["originalDetectIntentRequest"] = new JsonObject { ["source"] = "DIALOGFLOW_CONSOLE", ["payload"] = new JsonObject { ["accessToken"] = token } },
    };

    private async Task<JsonObject> PostAsync(JsonObject request)
    {
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow/es", request.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    [Fact]
    public async Task Reorder_and_confirm_through_an_es_agent()
    {
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;
        var readBack = await PostAsync(Request("ReorderIntent", ""));
        Assert.EndsWith("Order it again?", readBack["fulfillmentText"]!.GetValue<string>(), StringComparison.Ordinal);
        var telephony = readBack["fulfillmentMessages"]!.AsArray().Single(m => m!["platform"]?.GetValue<string>() == "TELEPHONY");
        Assert.StartsWith("<speak>Your last order was", telephony!["telephonySynthesizeSpeech"]!["ssml"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(readBack["payload"]!["google"]!["expectUserResponse"]!.GetValue<bool>());
        var context = readBack["outputContexts"]!.AsArray().Single()!.AsObject();
        Assert.Equal(Session + "/contexts/voiceshop-state", context["name"]!.GetValue<string>());
        Assert.Equal("PurchaseConfirmation", context["parameters"]!["vs_awaiting"]!.GetValue<string>());

        var placed = await PostAsync(Request("Yes", "confirm", new JsonArray((JsonNode)context.DeepClone())));
        Assert.StartsWith("Done. It arrives", placed["fulfillmentText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(placed["payload"]!["google"]!["expectUserResponse"]!.GetValue<bool>());
        Assert.Equal(0, placed["outputContexts"]!.AsArray().Single()!["lifespanCount"]!.GetValue<int>());
        Assert.Equal(before + 1, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    [Fact]
    public async Task Es_parameters_become_slots()
    {
        var reply = await PostAsync(Request("BuyIntent", "buy", parameters: new JsonObject { ["product"] = "BAT-AA", ["quantity"] = 2 }));
        Assert.StartsWith("Two packs of AA batteries, $17.98", reply["fulfillmentText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlinked_es_callers_hear_how_to_link()
    {
        var reply = await PostAsync(Request("OrderStatusIntent", "order-status", token: "unknown"));
        Assert.StartsWith("To shop with Voice Shop, link your account", reply["fulfillmentText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(reply["outputContexts"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"responseId\":\"r\"}")]
    [InlineData("{\"responseId\":\"r\",\"queryResult\":[]}")]
    public async Task Malformed_es_requests_are_a_400(string body)
    {
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow/es", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
