using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Every Alexa request fixture (ours, and the extra public samples when configured) gets a 200 with an answer
/// of the shape its request type allows: a canFulfillIntent verdict for CanFulfillIntentRequest, no speech where
/// Alexa ignores or forbids it, and otherwise well-formed SSML. Never a 4xx or 5xx: every fixture is a request
/// Alexa really sends.
/// </summary>
public sealed class AlexaFixtureTests(AlexaFixtureTests.Host host, ITestOutputHelper output) : IClassFixture<AlexaFixtureTests.Host>
{
    /// <summary>Request types Alexa sends without listening for an answer: speech there is ignored or refused.</summary>
    private static readonly string[] SilentTypes = ["SessionEndedRequest", "System.ExceptionEncountered", "AlexaSkillEvent."];

    public static TheoryData<string> Fixtures() => new(AlexaFixtures.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_gets_a_well_formed_answer_of_its_request_type(string fixture)
    {
        var bytes = AlexaFixtures.Read(fixture);
        var type = RequestType(bytes);

        var (status, body) = await host.PostAsync(bytes);
        output.WriteLine($"{fixture} ({type}): {(int)status} {body}");

        Assert.Equal(HttpStatusCode.OK, status);
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("1.0", json["version"]!.GetValue<string>());
        var response = json["response"]!.AsObject();
        var speech = response["outputSpeech"];
        if (type == "CanFulfillIntentRequest")
        {
            Assert.Contains(response["canFulfillIntent"]!["canFulfill"]!.GetValue<string>(), new[] { "YES", "NO", "MAYBE" });
            Assert.Null(speech);
        }
        else if (SilentTypes.Any(silent => type.StartsWith(silent, StringComparison.Ordinal)))
        {
            Assert.Null(speech);
            Assert.Null(response["reprompt"]);
        }
        else if (speech is not null)
        {
            Assert.Equal("SSML", speech["type"]!.GetValue<string>());
            Assert.Equal("speak", XElement.Parse(speech["ssml"]!.GetValue<string>()).Name.LocalName);
        }
    }

    [Fact]
    public void Our_own_fixtures_are_in_the_repository()
    {
        Assert.Contains(AlexaFixtures.Names(), name => FixtureCorpus.IsOwn(name));
        Assert.All(AlexaFixtures.Names().Where(FixtureCorpus.IsOwn), name => Assert.True(File.Exists(FixtureCorpus.PathOf(AlexaFixtures.Platform, name))));
    }

    /// <summary>request.type, read the way a tolerant reader would (byte order mark skipped, any property order).</summary>
    private static string RequestType(byte[] bytes)
    {
        var text = new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        return JsonNode.Parse(text)?["request"]?["type"]?.GetValue<string>() ?? "";
    }

    /// <summary>One host for all fixtures: they read, or are acknowledged.</summary>
    public sealed class Host : IDisposable
    {
        private readonly VoiceShopHost _host = new();

        public VoiceShopHost VoiceShop => _host;

        public async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] bytes)
        {
            using var client = _host.CreateClient();
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync("/api/alexa", content);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public void Dispose() => _host.Dispose();
    }
}
