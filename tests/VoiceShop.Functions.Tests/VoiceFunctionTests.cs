using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Tests;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// <c>POST /api/voice</c> on the real host with real espeak-ng, pocketsphinx and the host's own NLU: audio
/// checks, dialog state per session, and audio out.
/// </summary>
public sealed class VoiceFunctionTests : IAsyncLifetime
{
    private readonly VoiceShopHost _host = new();
    private readonly WebApplicationFactory<Program> _app;

    public VoiceFunctionTests() =>
        _app = _host.WithWebHostBuilder(_ => { });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        _host.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] wav, string? sessionId = "voice-test-1", string contentType = "audio/wav")
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoData.DemoAccessToken);
        var content = new ByteArrayContent(wav);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(sessionId is null ? "/api/voice" : $"/api/voice?sessionId={sessionId}", content);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_spoken_command_gets_a_transcript_ssml_text_and_spoken_audio()
    {
        var reply = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync("help")));

        Assert.Equal("help", reply.GetProperty("transcript").GetString());
        Assert.Equal(IntentNames.Help, reply.GetProperty("intent").GetString());
        Assert.StartsWith("I can reorder your usual", reply.GetProperty("text").GetString());
        Assert.Empty(SsmlRules.Violations(reply.GetProperty("ssml").GetString()!, "espeak"));
        Assert.False(reply.GetProperty("endSession").GetBoolean());
        Assert.Equal("audio/wav", reply.GetProperty("audioContentType").GetString());
        var audio = WavAudio.Parse(Convert.FromBase64String(reply.GetProperty("audio").GetString()!));
        Assert.True(audio.Duration > TimeSpan.FromSeconds(2), $"{audio.Duration}");
    }

    [Fact]
    public async Task A_phrasing_only_the_interaction_model_has_is_heard_and_understood()
    {
        // The built-in default vocabulary has no price question; the host listens for the model's samples.
        var reply = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync("how much are the coffee pods"), "price-1"));

        Assert.Equal("how much are the coffee pods", reply.GetProperty("transcript").GetString());
        Assert.Equal("PriceQuestionIntent", reply.GetProperty("intent").GetString());
        Assert.StartsWith("Coffee pods are $12.99 a box", reply.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Dialog_state_is_kept_per_session_so_a_spoken_yes_places_the_read_back_order()
    {
        var store = _app.Services.GetRequiredService<ICommerceStore>();
        var ordersBefore = (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        var readBack = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync("reorder"), "car-42"));
        var elsewhere = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync("yes"), "another-session"));
        var yes = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync("yes"), "car-42"));

        Assert.EndsWith("Order it again?", readBack.GetProperty("text").GetString());
        Assert.False(readBack.GetProperty("endSession").GetBoolean());
        Assert.DoesNotContain("Done", elsewhere.GetProperty("text").GetString());
        Assert.StartsWith("Done.", yes.GetProperty("text").GetString());
        Assert.True(yes.GetProperty("endSession").GetBoolean());
        Assert.Equal(ordersBefore + 1, (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public async Task Speech_that_is_not_a_command_never_confirms_a_read_back_order(string voice)
    {
        var store = _app.Services.GetRequiredService<ICommerceStore>();
        var ordersBefore = (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;
        var session = "car-" + voice;

        var readBack = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync("reorder"), session));
        foreach (var words in new[] { "play some jazz music", "set an alarm for seven", "navigate to the nearest gas station" })
        {
            var reply = await JsonAsync(await PostAsync(await VoiceAudio.SayAsync(words, voice), session));

            Assert.Equal(JsonValueKind.Null, reply.GetProperty("intent").ValueKind);
            Assert.StartsWith("Sorry, I didn't catch that.", reply.GetProperty("text").GetString());
        }

        Assert.EndsWith("Order it again?", readBack.GetProperty("text").GetString());
        Assert.Equal(ordersBefore, (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Multipart_uploads_with_form_fields_work_and_brief_mode_is_honoured()
    {
        var client = _app.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("form-session"), "sessionId" },
            { new StringContent("true"), "brief" },
            { new StringContent(DemoData.DemoAccessToken), "accessToken" },
        };
        var file = new ByteArrayContent(await VoiceAudio.SayAsync("help"));
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        form.Add(file, "audio", "command.wav");

        var reply = await JsonAsync(await client.PostAsync("/api/voice", form));

        Assert.Equal("form-session", reply.GetProperty("sessionId").GetString());
        Assert.Equal("Say reorder, where's my order, or buy and a product.", reply.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Silence_is_answered_with_a_request_to_say_it_again()
    {
        var reply = await JsonAsync(await PostAsync(VoiceAudio.Silence(TimeSpan.FromSeconds(2)), sessionId: null));

        Assert.Equal("", reply.GetProperty("transcript").GetString());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("intent").ValueKind);
        Assert.StartsWith("Sorry, I didn't catch that.", reply.GetProperty("text").GetString());
        Assert.Matches("^[0-9a-f]{32}$", reply.GetProperty("sessionId").GetString());
    }

    [Fact]
    public async Task Recordings_over_128_KiB_are_accepted()
    {
        var speech = WavAudio.Parse(await VoiceAudio.SayAsync("help"));
        var padded = new WavAudio(speech.SampleRate, 1, speech.Samples.ToArray().Concat(new byte[speech.SampleRate * 2 * 8]).ToArray()).ToFile();

        Assert.True(padded.Length > 128 * 1024);
        Assert.Equal("help", (await JsonAsync(await PostAsync(padded))).GetProperty("transcript").GetString());
    }

    public static TheoryData<string, byte[], string, HttpStatusCode> BadRecordings() => new()
    {
        { "empty body", [], "audio/wav", HttpStatusCode.BadRequest },
        { "header only", new WavAudio(16_000, 1, Array.Empty<byte>()).ToFile(), "audio/wav", HttpStatusCode.BadRequest },
        { "mp3", Encoding.ASCII.GetBytes("ID3\u0004\0\0\0\0\0\0 an mp3 file"), "audio/wav", HttpStatusCode.UnsupportedMediaType },
        { "8-bit wav", EightBit(), "audio/wav", HttpStatusCode.UnsupportedMediaType },
        { "61 s", VoiceAudio.Silence(TimeSpan.FromSeconds(61)), "audio/wav", HttpStatusCode.RequestEntityTooLarge },
        { "over 4 MiB", new byte[(4 * 1024 * 1024) + 1], "audio/wav", HttpStatusCode.RequestEntityTooLarge },
        { "json", Encoding.UTF8.GetBytes("{\"text\":\"reorder\"}"), "application/json", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(BadRecordings))]
    public async Task Bad_recordings_get_a_clear_4xx(string label, byte[] body, string contentType, HttpStatusCode expected)
    {
        var response = await PostAsync(body, contentType: contentType);

        Assert.True(expected == response.StatusCode, $"{label}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_malformed_session_id_is_refused()
    {
        var response = await PostAsync(VoiceAudio.Silence(TimeSpan.FromSeconds(1)), sessionId: "bad%20id%3Cscript%3E");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static byte[] EightBit()
    {
        var file = VoiceAudio.Silence(TimeSpan.FromSeconds(1));
        file[34] = 8;
        return file;
    }
}

/// <summary><c>POST /api/voice</c> with both Azure AI Speech engines, against the local fake of the service.</summary>
public sealed class VoiceWithAzureTests : IAsyncLifetime
{
    private FakeAzureSpeechServer _azure = null!;
    private VoiceShopHost _host = null!;
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureSpeechServer.StartAsync();
        _host = new VoiceShopHost(settings: new Dictionary<string, string?>
        {
            ["Speech:Azure:Region"] = "westeurope",
            ["Speech:Azure:Key"] = FakeAzureSpeechServer.Key,
            ["Speech:Azure:SynthesisBaseUrl"] = _azure.BaseUrl,
            ["Speech:Azure:RecognitionBaseUrl"] = _azure.BaseUrl,
            ["Speech:Azure:RetryDelay"] = "00:00:00.020",
        });
        _app = _host.WithWebHostBuilder(_ => { });
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        _host.Dispose();
        await _azure.DisposeAsync();
    }

    private async Task<JsonElement> SayAsync(string words)
    {
        var content = new ByteArrayContent(await VoiceAudio.SayAsync(words));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var response = await _app.CreateClient().PostAsync("/api/voice?sessionId=azure-1&locale=en-GB", content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Azure_hears_and_speaks_and_the_reply_is_azure_ssml()
    {
        _azure.Transcript = "Help.";
        _azure.Failures.Enqueue(429);

        var reply = await SayAsync("help");

        Assert.Equal("Help.", reply.GetProperty("transcript").GetString());
        Assert.Equal(0.93, reply.GetProperty("confidence").GetDouble());
        Assert.Equal(IntentNames.Help, reply.GetProperty("intent").GetString());
        var ssml = reply.GetProperty("ssml").GetString()!;
        Assert.Empty(SsmlRules.Violations(ssml, "azure"));
        Assert.Contains("<voice name=\"en-GB-SoniaNeural\">", ssml);
        Assert.Equal(ssml, _azure.LastSsml);
        Assert.Equal(16_000, WavAudio.Parse(Convert.FromBase64String(reply.GetProperty("audio").GetString()!)).SampleRate);
        Assert.Equal(16_000, _azure.LastAudio!.SampleRate);
        Assert.Contains(("/speech/recognition/conversation/cognitiveservices/v1", 429), _azure.Requests);
    }

    [Fact]
    public async Task Words_heard_with_low_confidence_are_not_acted_on()
    {
        _azure.Transcript = "Yes.";
        _azure.Confidence = 0.3;

        var reply = await SayAsync("yes");

        Assert.Equal(JsonValueKind.Null, reply.GetProperty("intent").ValueKind);
        Assert.StartsWith("Sorry, I didn't catch that.", reply.GetProperty("text").GetString());
    }
}
