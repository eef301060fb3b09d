using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;

namespace VoiceShop.Speech.Tests;

public sealed class EspeakSynthesisTests
{
    private readonly EspeakSynthesizer _espeak = new(new EspeakOptions());

    private Task<byte[]> SpeakAsync(SpeechNode speech) =>
        _espeak.SynthesizeAsync(SsmlRenderer.ToSsml(speech, _espeak.Dialect, SpeechLocale.EnUs), CancellationToken.None);

    [Fact]
    public async Task Espeak_produces_a_valid_wav_that_grows_with_the_text()
    {
        var short_ = WavAudio.Parse(await SpeakAsync("Done."));
        var long_ = WavAudio.Parse(await SpeakAsync("Your last order was two packs of paper towels and a box of coffee pods, arriving Thursday. Order it again?"));

        Assert.Equal(1, short_.Channels);
        Assert.True(short_.SampleRate >= 16_000);
        Assert.False(short_.IsSilent());
        Assert.True(short_.Duration > TimeSpan.FromMilliseconds(200), $"{short_.Duration}");
        Assert.True(long_.Duration > short_.Duration * 4, $"{long_.Duration} vs {short_.Duration}");
    }

    [Fact]
    public async Task Espeak_reads_markup_instead_of_speaking_it_and_survives_hostile_text()
    {
        var plain = WavAudio.Parse(await SpeakAsync("Tom and Jerry are here."));
        var hostile = WavAudio.Parse(await SpeakAsync(new SpeechNode.Sequence([new SpeechNode.Name("Tom & Jerry"), new SpeechNode.Pause(1000), " are here."])));

        // The pause adds about a second; had the tags been read aloud, "break time equals…" would add far more.
        var extra = hostile.Duration - plain.Duration;
        Assert.InRange(extra.TotalMilliseconds, 600, 1600);
    }

    [Fact]
    public async Task The_file_header_carries_the_real_sizes()
    {
        var file = await SpeakAsync("Hello.");

        Assert.Equal(file.Length - 8, BitConverter.ToInt32(file, 4));
        Assert.Equal(file.Length - 44, BitConverter.ToInt32(file, 40));
    }

    [Fact]
    public async Task A_missing_or_stuck_engine_is_a_speech_engine_error()
    {
        var missing = new EspeakSynthesizer(new EspeakOptions { Executable = "espeak-ng-not-installed" });
        await Assert.ThrowsAsync<SpeechEngineException>(() => missing.SynthesizeAsync("<speak>hi</speak>", CancellationToken.None));

        var script = Path.Combine(Directory.CreateTempSubdirectory("voiceshop-stuck-").FullName, "stuck.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nsleep 30\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var stuck = new EspeakSynthesizer(new EspeakOptions { Executable = script, Timeout = TimeSpan.FromMilliseconds(300) });
        var error = await Assert.ThrowsAsync<SpeechEngineException>(() => stuck.SynthesizeAsync("<speak>hi</speak>", CancellationToken.None));
        Assert.Contains("longer than", error.Message);
    }
}

public sealed class AzureSynthesisTests : IAsyncLifetime
{
    private const string Path = "/cognitiveservices/v1";
    private FakeAzureSpeechServer _azure = null!;

    public async Task InitializeAsync() => _azure = await FakeAzureSpeechServer.StartAsync();

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    private static string Ssml(ISpeechSynthesizer synthesizer, SpeechNode speech) =>
        SsmlRenderer.ToSsml(speech, synthesizer.Dialect, SpeechLocale.EnGb);

    [Fact]
    public async Task Speech_is_posted_with_the_documented_headers_and_comes_back_as_wav()
    {
        await using var services = SpeechEngines.Build(_azure);
        var synthesizer = services.GetRequiredService<ISpeechSynthesizer>();

        var audio = WavAudio.Parse(await synthesizer.SynthesizeAsync(Ssml(synthesizer, "Your coffee pods arrive tomorrow."), CancellationToken.None));

        Assert.IsType<AzureSpeechSynthesizer>(synthesizer);
        Assert.Equal(16_000, audio.SampleRate);
        Assert.Contains("<voice name=\"en-GB-SoniaNeural\">Your coffee pods arrive tomorrow.</voice>", _azure.LastSsml);
        Assert.Equal([(Path, 200)], _azure.Requests);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_not_retried()
    {
        await using var services = SpeechEngines.Build(_azure, key: "wrong");
        var synthesizer = services.GetRequiredService<ISpeechSynthesizer>();

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() => synthesizer.SynthesizeAsync(Ssml(synthesizer, "Hi."), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(1, _azure.CountOf(Path));
    }

    [Theory]
    [InlineData("<speak>no version, namespace or voice</speak>")]
    [InlineData("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\"><voice name=\"en-US-AvaNeural\">Tom & Jerry</voice></speak>")]
    public async Task Invalid_ssml_is_a_400_and_not_retried(string ssml)
    {
        await using var services = SpeechEngines.Build(_azure);
        var synthesizer = services.GetRequiredService<ISpeechSynthesizer>();

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() => synthesizer.SynthesizeAsync(ssml, CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(1, _azure.CountOf(Path));
    }

    [Fact]
    public async Task Throttling_and_unavailability_are_retried_with_backoff()
    {
        _azure.Failures.Enqueue(429);
        _azure.Failures.Enqueue(503);
        await using var services = SpeechEngines.Build(_azure);
        var synthesizer = services.GetRequiredService<ISpeechSynthesizer>();

        var audio = await synthesizer.SynthesizeAsync(Ssml(synthesizer, "Done."), CancellationToken.None);

        Assert.NotEmpty(audio);
        Assert.Equal([(Path, 429), (Path, 503), (Path, 200)], _azure.Requests);
    }

    [Fact]
    public async Task A_service_that_stays_down_gives_up_after_the_configured_retries()
    {
        for (var i = 0; i < 10; i++)
        {
            _azure.Failures.Enqueue(503);
        }

        await using var services = SpeechEngines.Build(_azure, maxRetries: 2);
        var synthesizer = services.GetRequiredService<ISpeechSynthesizer>();

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() => synthesizer.SynthesizeAsync(Ssml(synthesizer, "Done."), CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, _azure.CountOf(Path));
    }

    [Fact]
    public async Task Without_azure_settings_the_local_engine_speaks()
    {
        await using var services = SpeechEngines.Build();

        Assert.IsType<EspeakSynthesizer>(services.GetRequiredService<ISpeechSynthesizer>());
    }
}
