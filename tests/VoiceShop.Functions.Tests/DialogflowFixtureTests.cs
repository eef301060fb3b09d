using System.Net;
using System.Text.Json.Nodes;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Every real Dialogflow sample in the shared fixtures, posted to both webhook endpoints: a 200 with a valid
/// response, or a 400 for what is not a request of that kind; never a 5xx.
/// </summary>
public sealed class DialogflowFixtureTests : IDisposable
{
    /// <summary>The expected status of each fixture at the endpoint of its own kind.</summary>
    private static readonly Dictionary<string, (string Path, HttpStatusCode Status)> Expected = new()
    {
        ["cx-request-ezcx-sample.json"] = ("/api/dialogflow", HttpStatusCode.OK),
        ["cx-request-forminfo-pokemon.json"] = ("/api/dialogflow", HttpStatusCode.OK),
        // Responses are not requests: no detectIntentResponseId.
        ["cx-response-replace-session-params.json"] = ("/api/dialogflow", HttpStatusCode.BadRequest),
        ["cx-response-snakecase-plaintext.json"] = ("/api/dialogflow", HttpStatusCode.BadRequest),
        // Google's documented sample has a trailing comma, which is not JSON.
        ["es-v2-request-generic.json"] = ("/api/dialogflow/es", HttpStatusCode.BadRequest),
        ["es-v2-response-full.json"] = ("/api/dialogflow/es", HttpStatusCode.BadRequest),
    };

    private readonly VoiceShopHost _host = new();

    public static string FixtureDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VoiceShop.sln")))
            {
                directory = directory.Parent;
            }

            Assert.NotNull(directory);
            return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "fixtures", "dialogflow"));
        }
    }

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Every_fixture_has_an_expected_outcome()
    {
        var files = Directory.GetFiles(FixtureDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_gets_its_expected_answer_at_its_own_endpoint(string file)
    {
        var (path, status) = Expected[file];
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), path, await File.ReadAllTextAsync(Path.Combine(FixtureDirectory, file)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{file}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        if (status == HttpStatusCode.OK && path == "/api/dialogflow")
        {
            var json = JsonNode.Parse(body)!.AsObject();
            WebhookResponseShape.AssertValidCx(json);
            Assert.NotEmpty(json["fulfillmentResponse"]!["messages"]!.AsArray());
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_at_either_endpoint_is_never_a_server_error(string file)
    {
        var body = await File.ReadAllTextAsync(Path.Combine(FixtureDirectory, file));
        foreach (var path in new[] { "/api/dialogflow", "/api/dialogflow/es" })
        {
            using var response = await CxConversation.PostRawAsync(_host.CreateClient(), path, body);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        }
    }

    [Fact]
    public async Task Unlinked_welcome_from_the_form_sample_hears_how_to_link()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(FixtureDirectory, "cx-request-forminfo-pokemon.json"));
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow", body);
        var reply = new CxReply(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), body);
        Assert.Contains("link your account", reply.Speech, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", reply.Speech, StringComparison.Ordinal);
        Assert.Equal(reply.Speech, reply.Text);
    }

    [Fact]
    public async Task Es_sample_with_its_trailing_comma_repaired_is_answered_with_ssml_and_text()
    {
        var body = (await File.ReadAllTextAsync(Path.Combine(FixtureDirectory, "es-v2-request-generic.json"))).Replace("\"param value\",\n        }", "\"param value\"\n        }", StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(body));
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow/es", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Sorry, I can't help with that.", json["fulfillmentText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("<speak>", json["fulfillmentMessages"]![1]!["telephonySynthesizeSpeech"]!["ssml"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
