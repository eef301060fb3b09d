using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace VoiceShop.Functions.Tests;

/// <summary>Every real Alexa request sample gets a well-formed answer or a clear 400, never a 5xx.</summary>
public sealed class AlexaFixtureTests : IClassFixture<AlexaFixtureTests.Host>
{
    private readonly Host _host;

    public AlexaFixtureTests(Host host) => _host = host;

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.SharedFixtures("alexa"), "*.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_gets_a_well_formed_response_or_a_clear_400(string fixture)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SharedFixtures("alexa"), fixture));
        using var client = _host.CreateClient();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/alexa", content);
        var body = await response.Content.ReadAsStringAsync();

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Contains("\"detail\"", body);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("1.0", json["version"]!.GetValue<string>());
        var speech = json["response"]!["outputSpeech"];
        if (speech is not null)
        {
            Assert.Equal("SSML", speech["type"]!.GetValue<string>());
            Assert.Equal("speak", XElement.Parse(speech["ssml"]!.GetValue<string>()).Name.LocalName);
        }
    }

    [Fact]
    public async Task Launch_fixture_without_a_linked_account_asks_to_link()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SharedFixtures("alexa"), "01_launch_minimal.json"));
        using var client = _host.CreateClient();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var json = JsonNode.Parse(await (await client.PostAsync("/api/alexa", content)).Content.ReadAsStringAsync())!;

        Assert.Equal("LinkAccount", json["response"]!["card"]!["type"]!.GetValue<string>());
        Assert.True(json["response"]!["shouldEndSession"]!.GetValue<bool>());
    }

    /// <summary>One host for all fixtures: they only read, apart from acknowledged events.</summary>
    public sealed class Host : IDisposable
    {
        private readonly VoiceShopHost _host = new();

        public HttpClient CreateClient() => _host.CreateClient();

        public void Dispose() => _host.Dispose();
    }
}
