using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Body limits on real Kestrel (the in-memory test server enforces none): the host keeps its 128 KiB limit,
/// and only <c>/api/voice</c> raises its own to take a minute of audio.
/// </summary>
public sealed class VoiceBodyLimitTests : IDisposable
{
    private readonly VoiceShopHost _host = new();

    public VoiceBodyLimitTests()
    {
        _host.UseKestrel(0);
        _host.StartServer();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Voice_takes_a_recording_larger_than_the_host_limit_and_other_functions_do_not()
    {
        var client = _host.CreateClient();
        var recording = new WavAudio(16_000, 1, new byte[16_000 * 2 * 30]).ToFile();
        Assert.True(recording.Length > 3 * 128 * 1024);
        var audio = new ByteArrayContent(recording);
        audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var largeJson = new StringContent("{\"text\":\"" + new string('a', 300_000) + "\"}", Encoding.UTF8, "application/json");

        var voice = await client.PostAsync("/api/voice?sessionId=kestrel-1", audio);
        var synthesize = await client.PostAsync("/api/speech/synthesize", largeJson);

        // The whole recording was read and judged: thirty seconds of silence is heard as nothing, so the shopper
        // is asked again (no speech engine runs for silence, and the host always has its own NLU).
        var answer = await voice.Content.ReadAsStringAsync();
        Assert.True(voice.StatusCode == HttpStatusCode.OK, $"{voice.StatusCode}: {answer}");
        var reply = JsonNode.Parse(answer)!;
        Assert.Equal("kestrel-1", reply["sessionId"]!.GetValue<string>());
        Assert.Equal("", reply["transcript"]!.GetValue<string>());
        Assert.Null(reply["intent"]);
        Assert.False(reply["endSession"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, synthesize.StatusCode);
    }
}
