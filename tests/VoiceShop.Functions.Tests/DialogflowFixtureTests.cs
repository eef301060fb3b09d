using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Every Dialogflow fixture (ours in tests/fixtures/dialogflow, and the extra public samples when configured),
/// posted to the webhook of its kind: a request gets a 200 with a valid response, and what is not a request (a
/// webhook response, or a body that is not strict JSON) gets a 400; at either endpoint, never a 5xx.
/// </summary>
public sealed class DialogflowFixtureTests(ITestOutputHelper output) : IDisposable
{
    private const string Platform = "dialogflow";

    private readonly VoiceShopHost _host = new();

    public static TheoryData<string> Fixtures() => new(FixtureCorpus.Names(Platform));

    /// <summary>
    /// The outcome a fixture must get, from its name and its bytes: <c>es-*</c> goes to the ES webhook, anything
    /// else to CX; a <c>*-response-*</c> is not a request, and neither is a body System.Text.Json's strict reader
    /// refuses (Google's own ES sample has a trailing comma). Any other file is a request of its kind.
    /// </summary>
    public static (string Path, HttpStatusCode Status) Expected(string name, string body)
    {
        var file = FixtureCorpus.FileName(name);
        var path = file.StartsWith("es-", StringComparison.Ordinal) ? "/api/dialogflow/es" : "/api/dialogflow";
        var isRequest = !file.Contains("-response-", StringComparison.Ordinal) && IsStrictJson(body);
        return (path, isRequest ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_gets_its_expected_answer_at_its_own_endpoint(string fixture)
    {
        var body = await ReadAsync(fixture);
        var (path, status) = Expected(fixture, body);

        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), path, body);
        var answer = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{fixture} at {path}: {(int)response.StatusCode} {answer}");

        Assert.True(status == response.StatusCode, $"{fixture}: expected {(int)status}, got {(int)response.StatusCode}: {answer}");
        if (status != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else if (path == "/api/dialogflow")
        {
            var json = JsonNode.Parse(answer)!.AsObject();
            WebhookResponseShape.AssertValidCx(json);
            Assert.NotEmpty(json["fulfillmentResponse"]!["messages"]!.AsArray());
        }
        else
        {
            var json = JsonNode.Parse(answer)!;
            Assert.False(string.IsNullOrWhiteSpace(json["fulfillmentText"]!.GetValue<string>()));
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_at_either_endpoint_is_never_a_server_error(string fixture)
    {
        var body = await ReadAsync(fixture);
        foreach (var path in new[] { "/api/dialogflow", "/api/dialogflow/es" })
        {
            using var response = await CxConversation.PostRawAsync(_host.CreateClient(), path, body);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        }
    }

    [Fact]
    public void Our_fixtures_cover_requests_and_responses_of_both_webhooks()
    {
        var own = FixtureCorpus.Names(Platform).Where(FixtureCorpus.IsOwn).ToList();

        Assert.Contains(own, name => name.StartsWith("cx-request-", StringComparison.Ordinal));
        Assert.Contains(own, name => name.StartsWith("cx-response-", StringComparison.Ordinal));
        Assert.Contains(own, name => name.StartsWith("es-request-", StringComparison.Ordinal));
        Assert.Contains(own, name => name.StartsWith("es-response-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unlinked_welcome_from_the_form_fixture_hears_how_to_link()
    {
        var reply = await CxReplyAsync("cx-request-forminfo-compact.json");

        Assert.Contains("link your account", reply.Speech, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", reply.Speech, StringComparison.Ordinal);
        Assert.Equal(reply.Speech, reply.Text);
    }

    [Fact]
    public async Task Tab_indented_request_with_dashed_parameter_keys_gets_help()
    {
        var reply = await CxReplyAsync("cx-request-camelcase-tabs-dashed-parameters.json");

        Assert.StartsWith("I can reorder your usual", reply.Speech, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snake_case_request_from_a_known_phone_number_reads_the_last_order_back()
    {
        var reply = await CxReplyAsync("cx-request-snake-case-caller-id.json");

        Assert.StartsWith("Your last order was ", reply.Speech, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linked_es_request_reads_the_order_status_with_ssml_and_text()
    {
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow/es", await ReadAsync("es-request-linked-order-status.json"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your paper towels and coffee pods shipped yesterday and arrive tomorrow.", json["fulfillmentText"]!.GetValue<string>());
        Assert.StartsWith("<speak>", json["fulfillmentMessages"]![1]!["telephonySynthesizeSpeech"]!["ssml"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Es_request_with_its_trailing_comma_repaired_is_answered()
    {
        var loose = await ReadAsync("es-request-not-strict-json-trailing-comma-and-tab.json");
        var repaired = loose.Replace("\"product\": \"\",\n        }", "\"product\": \"\"\n        }", StringComparison.Ordinal);
        Assert.False(IsStrictJson(loose));
        Assert.True(IsStrictJson(repaired));

        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow/es", repaired);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("link your account", json["fulfillmentText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();

    private static Task<string> ReadAsync(string fixture) => File.ReadAllTextAsync(FixtureCorpus.PathOf(Platform, fixture));

    private async Task<CxReply> CxReplyAsync(string fixture)
    {
        var body = await ReadAsync(fixture);
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow", body);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{fixture}: {(int)response.StatusCode} {answer}");
        return new CxReply(JsonNode.Parse(answer)!.AsObject(), body);
    }

    private static bool IsStrictJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
