using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Hostile or broken requests get a 4xx or a polite spoken answer; never a 5xx, and never an order beyond the
/// one a real, confirmed read-back allows.
/// </summary>
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
    public async Task A_byte_that_is_not_utf8_inside_a_session_attribute_is_refused_with_400()
    {
        var body = Encoding.UTF8.GetBytes(new AlexaConversation(_client).Build(new JsonObject { ["type"] = "LaunchRequest" })
            .Replace("\"attributes\":{}", "\"attributes\":{\"awaiting\":\"PurchaseConfirmati\u00FFon\"}", StringComparison.Ordinal));
        var at = Array.IndexOf(body, (byte)0xC3);
        Assert.True(at > 0, "the body should carry the two-byte character to corrupt");
        body[at] = 0xFF;

        var (status, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Hostile_variants_of_a_real_confirmation_place_nothing_and_the_real_one_places_exactly_once()
    {
        // Rate limits lifted, so that only identity, dialog state and the exactly-once claim stand in the way.
        using var host = VoiceShopHost.WithoutRateLimits();
        using var client = host.CreateClient();
        var ordersBefore = await host.DemoOrderIdsAsync();
        var chargesBefore = await host.ChargeCountAsync();
        var conversation = new AlexaConversation(client);
        var readBack = await conversation.IntentAsync("ReorderIntent");
        var purchaseId = readBack.SessionAttributes["pendingPurchaseId"]!.GetValue<string>();
        var yes = JsonNode.Parse(conversation.Build(new JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE", ["slots"] = new JsonObject() },
        }))!.AsObject();
        var hostile = HostileVariants(yes, purchaseId).Concat(AlexaFixtures.All().Select(f => f.Body)).ToList();

        foreach (var body in hostile)
        {
            var (status, answer) = await PostAsync(client, body);
            Assert.True((int)status < 500, $"{status}: {answer}");
        }

        Assert.Equal(ordersBefore, await host.DemoOrderIdsAsync());
        Assert.Equal(chargesBefore, await host.ChargeCountAsync());
        Assert.Equal(PendingPurchaseStatus.Pending, (await host.Store.GetPendingPurchaseAsync(purchaseId, default))!.Status);

        // The shopper's own yes, from many devices at once and retried byte for byte, then the hostile ones again.
        var real = Enumerable.Range(0, 12).Select(i => WithRequestId(yes, $"amzn1.echo-api.request.real-{i % 6}")).ToList();
        await Task.WhenAll(real.Select(body => Task.Run(() => PostAsync(client, body))));
        foreach (var body in hostile)
        {
            await PostAsync(client, body);
        }

        var placed = await host.Store.GetPendingPurchaseAsync(purchaseId, default);
        var newOrders = (await host.DemoOrderIdsAsync()).Except(ordersBefore).ToList();
        Assert.Equal(PendingPurchaseStatus.Placed, placed!.Status);
        Assert.Equal([placed.OrderId!], newOrders);
        Assert.Equal(chargesBefore + 1, await host.ChargeCountAsync());
        var order = await host.Store.GetOrderAsync(placed.OrderId!, default);
        Assert.Equal(placed.Total, order!.Total);
        Assert.Equal(placed.Lines.Select(l => (l.Sku, l.Quantity)), order.Lines.Select(l => (l.Sku, l.Quantity)));
    }

    /// <summary>
    /// The real yes to a real read-back, changed the ways an attacker or a broken client would: without the
    /// account, with another account, with the purchase id or dialog state altered, or in a request type that
    /// must never place (CanFulfill, launch, session end). Each carries a fresh request id.
    /// </summary>
    private static IEnumerable<byte[]> HostileVariants(JsonObject yes, string purchaseId)
    {
        var count = 0;
        byte[] Variant(Action<JsonObject> change)
        {
            var body = yes.DeepClone().AsObject();
            change(body);
            return WithRequestId(body, $"amzn1.echo-api.request.hostile-{count++}");
        }

        void Token(JsonObject body, string? token)
        {
            foreach (var user in new[] { body["session"]!["user"]!.AsObject(), body["context"]!["System"]!["user"]!.AsObject() })
            {
                user.Remove("accessToken");
                if (token is not null)
                {
                    user["accessToken"] = token;
                }
            }
        }

        void Attribute(JsonObject body, string name, string value) => body["session"]!["attributes"]![name] = value;

        yield return Variant(body => Token(body, null));
        yield return Variant(body => Token(body, "a-guessed-token"));
        yield return Variant(body => Token(body, DemoData.DemoGoogleToken));
        yield return Variant(body => Attribute(body, "pendingPurchaseId", purchaseId.ToUpperInvariant()));
        yield return Variant(body => Attribute(body, "pendingPurchaseId", purchaseId + " "));
        yield return Variant(body => Attribute(body, "pendingPurchaseId", "pp-" + Guid.NewGuid().ToString("N")));
        yield return Variant(body => Attribute(body, "awaiting", "purchaseconfirmation"));
        yield return Variant(body => Attribute(body, "awaiting", "VoiceCode"));
        yield return Variant(body => body["session"]!["attributes"]!.AsObject().Remove("awaiting"));
        yield return Variant(body => body["request"]!["type"] = "CanFulfillIntentRequest");
        yield return Variant(body => body["request"]!["type"] = "LaunchRequest");
        yield return Variant(body => body["request"]!["type"] = "SessionEndedRequest");
        yield return Variant(body => body["request"]!["intent"]!["name"] = "AMAZON.HelpIntent");
        yield return Variant(body => body["request"]!["intent"]!["name"] = "OrderStatusIntent");
        yield return Variant(body =>
        {
            Token(body, null);
            body["request"]!["intent"]!["name"] = "ReorderIntent";
            body["request"]!["intent"]!["confirmationStatus"] = "CONFIRMED";
        });
    }

    private static byte[] WithRequestId(JsonObject body, string requestId)
    {
        var copy = body.DeepClone().AsObject();
        copy["request"]!["requestId"] = requestId;
        return Encoding.UTF8.GetBytes(copy.ToJsonString());
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] body) => PostAsync(_client, body);

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync("/api/alexa", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
