using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Functions.Tests;

/// <summary><c>POST /api/speech/synthesize</c> on the real host with the embedded espeak-ng engine.</summary>
public sealed class SynthesizeFunctionTests : IDisposable
{
    private readonly VoiceShopHost _host = new();

    public void Dispose() => _host.Dispose();

    private static StringContent Body(string name, string value) =>
        new(new JsonObject { [name] = value }.ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Text_comes_back_as_wav()
    {
        var response = await _host.CreateClient().PostAsync("/api/speech/synthesize", Body("text", "Your coffee pods arrive tomorrow & cost $4.29."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var audio = WavAudio.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.True(audio.Duration > TimeSpan.FromSeconds(1), $"{audio.Duration}");
    }

    [Theory]
    [InlineData("<speak>Hello <break time=\"500ms\"/> there.</speak>")]
    [InlineData("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-GB\">Hello.</speak>")]
    public async Task Ssml_in_any_dialect_comes_back_as_wav(string ssml)
    {
        var response = await _host.CreateClient().PostAsync("/api/speech/synthesize", Body("ssml", ssml));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(WavAudio.Parse(await response.Content.ReadAsByteArrayAsync()).IsSilent());
    }

    [Theory]
    [InlineData("{\"ssml\": \"<speak>Tom & Jerry</speak>\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"ssml\": \"<script>alert(1)</script>\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"ssml\": \"<!DOCTYPE speak [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><speak>&x;</speak>\"}", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": 12", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_are_refused_clearly(string json, HttpStatusCode expected)
    {
        var response = await _host.CreateClient().PostAsync("/api/speech/synthesize", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Too_much_text_and_wrong_content_types_are_refused()
    {
        var client = _host.CreateClient();

        var tooLong = await client.PostAsync("/api/speech/synthesize", Body("text", new string('a', 5001)));
        var notJson = await client.PostAsync("/api/speech/synthesize", new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }

    [Fact]
    public async Task A_broken_engine_is_a_503_not_a_crash()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Speech:Espeak:Executable"] = "espeak-ng-not-installed" });

        var response = await host.CreateClient().PostAsync("/api/speech/synthesize", Body("text", "Hello."));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
