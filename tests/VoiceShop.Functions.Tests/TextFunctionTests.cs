using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

public sealed class TextFunctionTests : IDisposable
{
    private readonly VoiceShopHost _host = new();

    [Fact]
    public async Task Buy_with_noisy_text_then_yeah_sure_places_one_order()
    {
        var client = _host.CreateClient();
        var before = await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);

        var readBack = await SayAsync(client, "s1", "um alexa buy two packs of pair of towels please");
        var intent = readBack["intent"]!;
        Assert.Equal("BuyIntent", intent["name"]!.GetValue<string>());
        Assert.Equal("PT-2PK", intent["slots"]!["product"]!["id"]!.GetValue<string>());
        Assert.Equal("paper towels", intent["slots"]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("2", intent["slots"]!["quantity"]!["value"]!.GetValue<string>());
        Assert.Null(intent["slots"]!["maxPrice"]);
        Assert.False(readBack["endSession"]!.GetValue<bool>());
        Assert.Contains("Two packs of paper towels", readBack["text"]!.GetValue<string>());
        Assert.Equal("speak", XDocument.Parse(readBack["ssml"]!.GetValue<string>()).Root!.Name.LocalName);

        var placed = await SayAsync(client, "s1", "yeah sure");
        Assert.Equal("YesIntent", placed["intent"]!["name"]!.GetValue<string>());
        Assert.StartsWith("Done.", placed["text"]!.GetValue<string>());

        var after = await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal("PT-2PK", after[0].Lines.Single().Sku);
        Assert.Equal(2, after[0].Lines.Single().Quantity);
    }

    [Fact]
    public async Task A_voice_code_said_digit_by_digit_confirms_a_purchase_over_the_threshold()
    {
        await _host.Services.GetRequiredService<VoiceCodeGate>().SetAsync(DemoData.DemoCustomerId, "4821", alwaysRequired: false, CancellationToken.None);
        var client = _host.CreateClient();
        var before = await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);

        await SayAsync(client, "code-1", "buy the trailhead winter jacket");
        var ask = await SayAsync(client, "code-1", "yes");
        Assert.Equal("Please say your four-digit voice code.", ask["text"]!.GetValue<string>());
        Assert.Equal(before.Count, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);

        var wrong = await SayAsync(client, "code-1", "one two three four");
        Assert.Equal("VoiceCodeIntent", wrong["intent"]!["name"]!.GetValue<string>());
        Assert.Equal("That code didn't match. Please try again.", wrong["text"]!.GetValue<string>());

        var right = await SayAsync(client, "code-1", "my code is four eight two one");
        Assert.StartsWith("Done.", right["text"]!.GetValue<string>());
        Assert.Equal(before.Count + 1, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_bare_product_answers_the_question_asked_in_the_same_session_only()
    {
        var client = _host.CreateClient();

        var ask = await SayAsync(client, "s2", "i want to buy something");
        Assert.Contains("What would you like to buy?", ask["text"]!.GetValue<string>());

        var answer = await SayAsync(client, "s2", "coffee pods");
        Assert.Equal("BuyIntent", answer["intent"]!["name"]!.GetValue<string>());
        Assert.Contains("coffee pods", answer["text"]!.GetValue<string>());

        var otherSession = await SayAsync(client, "s3", "no");
        Assert.Equal("NoIntent", otherSession["intent"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nope_to_a_read_back_orders_nothing()
    {
        var client = _host.CreateClient();
        var before = await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);

        await SayAsync(client, "s4", "order dish soap");
        var denied = await SayAsync(client, "s4", "nope");

        Assert.Equal("NoIntent", denied["intent"]!["name"]!.GetValue<string>());
        Assert.Contains("nothing ordered", denied["text"]!.GetValue<string>());
        Assert.Equal(before.Count, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Out_of_scope_requests_get_the_fallback_answer()
    {
        var reply = await SayAsync(_host.CreateClient(), "s5", "hey google what's the weather");

        Assert.Equal("FallbackIntent", reply["intent"]!["name"]!.GetValue<string>());
        Assert.Empty(reply["intent"]!["slots"]!.AsObject());
        Assert.Contains("I can't help with that", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_commerce_asks_to_link_the_account()
    {
        var reply = await SayAsync(_host.CreateClient(), "s6", "where's my order", token: null);

        Assert.Equal("OrderStatusIntent", reply["intent"]!["name"]!.GetValue<string>());
        Assert.Contains("link your account", reply["text"]!.GetValue<string>());
        Assert.True(reply["endSession"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"sessionId": "s"}""", "\"text\" is required")]
    [InlineData("""{"text": "   ", "sessionId": "s"}""", "\"text\" is required")]
    [InlineData("""{"text": "reorder"}""", "\"sessionId\" is required")]
    [InlineData("""{"text": 5, "sessionId": "s"}""", "not a valid JSON")]
    [InlineData("""[1, 2]""", "not a valid JSON")]
    [InlineData("""not json""", "not a valid JSON")]
    public async Task Bad_requests_are_400_problems(string body, string detail)
    {
        var response = await _host.CreateClient().PostAsync("/api/text", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, Detail(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Oversized_text_and_session_ids_are_400_problems()
    {
        var client = _host.CreateClient();

        var longText = await PostAsync(client, new JsonObject { ["text"] = new string('a', 1001), ["sessionId"] = "s" });
        var longSession = await PostAsync(client, new JsonObject { ["text"] = "reorder", ["sessionId"] = new string('s', 129) });
        var hugeBody = await client.PostAsync("/api/text", new StringContent($$"""{"text": "{{new string('a', 200_000)}}", "sessionId": "s"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, longText.StatusCode);
        Assert.Contains("at most 1000 characters", Detail(await longText.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, longSession.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, hugeBody.StatusCode);
    }

    private static async Task<JsonObject> SayAsync(HttpClient client, string sessionId, string text, string? token = DemoData.DemoAccessToken)
    {
        var response = await PostAsync(client, new JsonObject { ["text"] = text, ["sessionId"] = sessionId, ["accessToken"] = token, ["locale"] = "en-US" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(sessionId, json["sessionId"]!.GetValue<string>());
        return json;
    }

    private static string Detail(string problem) => JsonNode.Parse(problem)!["detail"]!.GetValue<string>();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject body) =>
        client.PostAsync("/api/text", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public void Dispose() => _host.Dispose();
}
