using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>Hostile or broken requests get a 4xx or a polite spoken answer; never a 5xx, never an order.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly VoiceShopHost _host = new();
    private readonly HttpClient _client;

    public HostileInputTests() => _client = _host.CreateClient();

    public static TheoryData<string> Fixtures() => new(AlexaFixtures.All().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_published_sample_request_is_answered(string fixture)
    {
        var body = AlexaFixtures.Read(fixture);

        var (status, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_body_over_128_KiB_is_refused_with_413_or_400()
    {
        var huge = Encoding.UTF8.GetBytes("{\"version\":\"1.0\",\"pad\":\"" + new string('a', 129 * 1024) + "\"}");

        var (status, _) = await PostAsync(huge);

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, status.ToString());
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_content_length_is_refused()
    {
        var huge = Encoding.UTF8.GetBytes("{\"version\":\"1.0\",\"pad\":\"" + new string('a', 200 * 1024) + "\"}");
        using var content = new StreamContent(new MemoryStream(huge));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/alexa") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"request\":5}")]
    [InlineData("{\"request\":{\"type\":7}}")]
    [InlineData("{\"request\":{\"type\":\"IntentRequest\",\"timestamp\":{}}}")]
    [InlineData("{\"request\":{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"BuyIntent\",\"slots\":{\"product\":null}}}}")]
    [InlineData("{\"request\":{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"BuyIntent\",\"slots\":{\"product\":{\"resolutions\":{\"resolutionsPerAuthority\":[null]}}}}}}")]
    [InlineData("{\"request\":{\"type\":\"CanFulfillIntentRequest\",\"intent\":{\"name\":\"BuyIntent\",\"slots\":{\"product\":null}}}}")]
    [InlineData("{\"session\":{\"attributes\":{\"awaiting\":\"PurchaseConfirmation\",\"pendingPurchaseId\":\"nope\",\"quantity\":\"-1\"}},\"request\":{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"AMAZON.YesIntent\"}}}")]
    public async Task Malformed_or_oddly_shaped_json_gets_a_4xx_or_an_answer(string body)
    {
        var (status, _) = await PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.True((int)status is >= 200 and < 500, status.ToString());
    }

    [Fact]
    public async Task Json_nested_thousands_deep_is_refused()
    {
        var deep = "{\"request\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5001);

        var (status, _) = await PostAsync(Encoding.UTF8.GetBytes(deep));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_body_that_is_not_json_by_content_type_is_refused(string contentType)
    {
        var body = new AlexaConversation(_client).Build(new JsonObject { ["type"] = "LaunchRequest" });
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync("/api/alexa", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_enormous_slot_value_gets_a_polite_answer()
    {
        var conversation = new AlexaConversation(_client);

        var reply = await conversation.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = string.Concat(Enumerable.Repeat("paper towels ", 9000)) });

        Assert.NotEmpty(reply.Speech);
        Assert.True(reply.Ssml.Length < 8000, $"speech of {reply.Ssml.Length} characters is over Alexa's limit");
    }

    [Fact]
    public async Task Ssml_in_a_slot_comes_out_escaped()
    {
        var conversation = new AlexaConversation(_client);
        const string attack = "<audio src=\"https://evil.example/a.mp3\"/> & </speak><speak>";

        var reply = await conversation.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = attack });

        var ssml = XElement.Parse(reply.Ssml);
        Assert.Equal("speak", ssml.Name.LocalName);
        Assert.DoesNotContain(ssml.Descendants(), e => e.Name.LocalName == "audio");
    }

    [Theory]
    [InlineData("Alexa.Presentation.APL.UserEvent")]
    [InlineData("Connections.Response")]
    [InlineData("AlexaSkillEvent.SkillDisabled")]
    [InlineData("Made.Up.Request")]
    public async Task Unknown_request_types_are_acknowledged(string type)
    {
        var conversation = new AlexaConversation(_client);

        var reply = await conversation.SendAsync(new JsonObject { ["type"] = type });

        Assert.Null(reply.Json["response"]?["outputSpeech"]);
    }

    [Fact]
    public async Task None_of_it_ordered_anything()
    {
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;
        foreach (var (_, body) in AlexaFixtures.All())
        {
            await PostAsync(body);
        }

        Assert.Equal(before, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _client.PostAsync("/api/alexa", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
