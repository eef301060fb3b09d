using System.Net;
using System.Text;

namespace VoiceShop.Functions.Tests;

/// <summary>Bad bodies get a clear 4xx with problem details, never a 5xx, and change nothing.</summary>
public sealed class MalformedRequestTests : IClassFixture<MalformedRequestTests.Host>
{
    private readonly VoiceShopHost _host;

    public MalformedRequestTests(Host host) => _host = host.VoiceShop;

    [Theory]
    [InlineData("{not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"request\": {\"type\": 42}}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"request\": {\"type\": \"LaunchRequest\"}}", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_bodies_are_refused_with_problem_details(string body, string contentType, HttpStatusCode expected)
    {
        using var client = _host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        var response = await client.PostAsync("/api/alexa", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_128_KiB_is_refused()
    {
        using var client = _host.CreateClient();
        var padding = new string(' ', 130 * 1024);
        using var content = new StringContent("{\"request\": {\"type\": \"LaunchRequest\"}" + padding + "}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/alexa", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("128 KiB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_not_crashed()
    {
        using var client = _host.CreateClient();
        var deep = new StringBuilder("{\"request\": {\"type\": \"LaunchRequest\"}, \"session\": {\"attributes\": {\"x\": ");
        deep.Append(string.Concat(Enumerable.Repeat("[", 5000))).Append(string.Concat(Enumerable.Repeat("]", 5000))).Append("}}}");
        using var content = new StringContent(deep.ToString(), Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/alexa", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Another_skills_request_is_refused_when_skill_ids_are_configured()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = "amzn1.ask.skill.ours" });
        var alexa = new AlexaConversation(host.CreateClient());
        using var content = new StringContent(alexa.Build(new System.Text.Json.Nodes.JsonObject { ["type"] = "LaunchRequest" }), Encoding.UTF8, "application/json");

        var response = await host.CreateClient().PostAsync("/api/alexa", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("another skill", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Verification_is_on_unless_turned_off()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:VerifyRequests"] = "true" });
        var alexa = new AlexaConversation(host.CreateClient());
        using var content = new StringContent(alexa.Build(new System.Text.Json.Nodes.JsonObject { ["type"] = "LaunchRequest" }), Encoding.UTF8, "application/json");

        var response = await host.CreateClient().PostAsync("/api/alexa", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("verification failed", await response.Content.ReadAsStringAsync());
    }

    /// <summary>One host shared by the read-only cases.</summary>
    public sealed class Host : IDisposable
    {
        public VoiceShopHost VoiceShop { get; } = new();

        public void Dispose() => VoiceShop.Dispose();
    }
}
