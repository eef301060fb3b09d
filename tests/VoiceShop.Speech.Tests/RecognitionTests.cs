using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Recognition;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;

namespace VoiceShop.Speech.Tests;

/// <summary>Audio made by the real espeak-ng, so recognisers hear real speech rather than a stub.</summary>
internal static class SpokenAudio
{
    private static readonly EspeakSynthesizer Espeak = new(new EspeakOptions());

    public static async Task<WavAudio> SayAsync(string words, string locale = "en-US") =>
        WavAudio.Parse(await Espeak.SynthesizeAsync(SsmlRenderer.ToSsml(words, SsmlDialect.Espeak, SpeechLocale.For(locale)), CancellationToken.None));

    public static WavAudio Silence(TimeSpan length) => new(16_000, 1, new byte[(int)(16_000 * length.TotalSeconds) * 2]);
}

public sealed class PocketsphinxRecognitionTests : IDisposable
{
    private readonly PocketsphinxRecognizer _sphinx = new(new PocketsphinxOptions(), CommandGrammar.Default);

    public void Dispose() => _sphinx.Dispose();

    [Theory]
    [InlineData("where is my order")]
    [InlineData("reorder")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("help")]
    [InlineData("buy coffee pods")]
    public async Task Commands_spoken_by_espeak_are_recognised(string command)
    {
        var transcript = await _sphinx.RecognizeAsync(await SpokenAudio.SayAsync(command), "en-US", CancellationToken.None);

        Assert.Equal(new Transcript(RecognitionOutcome.Recognized, command), transcript);
    }

    [Fact]
    public async Task Silence_is_no_speech_without_running_the_engine()
    {
        var missing = new PocketsphinxRecognizer(new PocketsphinxOptions { Executable = "not-installed" }, CommandGrammar.Default);

        Assert.Equal(Transcript.NoSpeech, await missing.RecognizeAsync(SpokenAudio.Silence(TimeSpan.FromSeconds(1)), "en-US", CancellationToken.None));
    }

    [Fact]
    public void The_grammar_is_jsgf_built_from_the_phrase_list()
    {
        var grammar = new CommandGrammar(["Where's my order?", "BUY  oat-milk!", "where's my order"]);

        Assert.Equal(["where's my order", "buy oat milk"], grammar.Phrases);
        Assert.Equal("#JSGF V1.0;\ngrammar voiceshop;\npublic <command> = where's my order\n    | buy oat milk;\n", grammar.ToJsgf());
    }
}

public sealed class AzureRecognitionTests : IAsyncLifetime
{
    private const string Path = "/speech/recognition/conversation/cognitiveservices/v1";
    private FakeAzureSpeechServer _azure = null!;

    public async Task InitializeAsync() => _azure = await FakeAzureSpeechServer.StartAsync();

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    [Fact]
    public async Task Audio_is_sent_as_16_khz_mono_wav_and_the_best_candidate_comes_back()
    {
        await using var services = SpeechEngines.Build(_azure);
        var recognizer = services.GetRequiredService<ISpeechRecognizer>();
        var spoken = await SpokenAudio.SayAsync("where is my order");

        var transcript = await recognizer.RecognizeAsync(spoken, "en-US", CancellationToken.None);

        Assert.IsType<AzureSpeechRecognizer>(recognizer);
        Assert.Equal(new Transcript(RecognitionOutcome.Recognized, "Where is my order?", 0.93), transcript);
        Assert.Equal(22_050, spoken.SampleRate);
        Assert.Equal(16_000, _azure.LastAudio!.SampleRate);
        Assert.InRange(_azure.LastAudio.Duration.TotalMilliseconds, spoken.Duration.TotalMilliseconds - 1, spoken.Duration.TotalMilliseconds + 1);
    }

    [Fact]
    public async Task Silence_is_reported_as_no_speech()
    {
        await using var services = SpeechEngines.Build(_azure);

        var transcript = await services.GetRequiredService<ISpeechRecognizer>().RecognizeAsync(SpokenAudio.Silence(TimeSpan.FromSeconds(2)), "en-GB", CancellationToken.None);

        Assert.Equal(Transcript.NoSpeech, transcript);
    }

    [Fact]
    public async Task Throttling_is_retried_and_a_wrong_key_is_not()
    {
        _azure.Failures.Enqueue(429);
        _azure.Failures.Enqueue(503);
        await using (var services = SpeechEngines.Build(_azure))
        {
            var transcript = await services.GetRequiredService<ISpeechRecognizer>().RecognizeAsync(await SpokenAudio.SayAsync("yes"), "en-US", CancellationToken.None);
            Assert.True(transcript.Recognized);
        }

        await using (var wrongKey = SpeechEngines.Build(_azure, key: "wrong"))
        {
            var error = await Assert.ThrowsAsync<SpeechEngineException>(() => wrongKey.GetRequiredService<ISpeechRecognizer>().RecognizeAsync(SpokenAudio.Silence(TimeSpan.FromSeconds(1)), "en-US", CancellationToken.None));
            Assert.Equal(401, error.StatusCode);
        }

        Assert.Equal([(Path, 429), (Path, 503), (Path, 200), (Path, 401)], _azure.Requests);
    }
}
