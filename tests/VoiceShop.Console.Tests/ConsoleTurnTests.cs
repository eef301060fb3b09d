using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace VoiceShop.Console.Tests;

/// <summary><c>POST /api/console/turn</c> on real Kestrel: the exchange it reports is the one that went over HTTP.</summary>
public sealed class ConsoleTurnTests
{
    [Fact]
    public async Task A_turn_reports_the_platform_request_response_and_next_session()
    {
        using var host = KestrelHost.Start();
        using var client = new HttpClient { BaseAddress = host.Address };

        var first = await TurnAsync(client, """{"platform":"dialogflow","utterance":"buy two packs of double a batteries","shopper":{"accessToken":"demo-google-token","device":"screen"}}""");
        Assert.Equal(200, first["status"]!.GetValue<int>());
        Assert.Equal("BuyIntent", first["intent"]!.GetValue<string>());
        Assert.Equal("buy", first["request"]!["fulfillmentInfo"]!["tag"]!.GetValue<string>());
        Assert.Equal("buy two packs of double a batteries", first["request"]!["text"]!.GetValue<string>());
        Assert.Contains("$17.98", first["speech"]!.GetValue<string>());
        Assert.StartsWith("<speak>", first["ssml"]!.GetValue<string>());
        Assert.False(first["endsSession"]!.GetValue<bool>());
        var pending = first["session"]!["carried"]!["vs_pendingPurchaseId"]!.GetValue<string>();

        var second = await TurnAsync(client, $$"""{"platform":"dialogflow","utterance":"no","shopper":{"accessToken":"demo-google-token"},"session":{{first["session"]!.ToJsonString()}}}""");
        Assert.Equal("NoIntent", second["intent"]!.GetValue<string>());
        Assert.Equal(pending, second["request"]!["sessionInfo"]!["parameters"]!["vs_pendingPurchaseId"]!.GetValue<string>());
        Assert.Equal("transcript", second["request"]!.AsObject().Select(p => p.Key).Single(k => k is "text" or "transcript"));
        Assert.Contains("nothing ordered", second["speech"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_tampered_session_from_the_browser_is_answered_not_a_server_error()
    {
        using var host = KestrelHost.Start();
        using var client = new HttpClient { BaseAddress = host.Address };

        var turn = await TurnAsync(client, """{"platform":"alexa","utterance":"buy batteries","shopper":{"accessToken":"demo-token"},"session":{"sessionId":"x","new":"yes","requestCount":-4,"carried":{"elicitIntent":5,"awaiting":["PurchaseConfirmation"]}}}""");

        Assert.Equal(200, turn["status"]!.GetValue<int>());
        Assert.Equal("BuyIntent", turn["intent"]!.GetValue<string>());
    }

    private static async Task<JsonObject> TurnAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("api/console/turn", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
