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

/// <summary>
/// The offline recogniser on real espeak-ng speech in two voices: commands are heard as meant, and things that
/// are not commands are never heard as a command or a yes (the recogniser says it did not catch them).
/// </summary>
public sealed class PocketsphinxRecognitionTests : IDisposable
{
    private readonly PocketsphinxRecognizer _sphinx = new(new PocketsphinxOptions(), CommandGrammar.Default);

    public void Dispose() => _sphinx.Dispose();

    [Theory]
    [InlineData("where is my order", "en-US")]
    [InlineData("reorder", "en-US")]
    [InlineData("yes", "en-US")]
    [InlineData("help", "en-US")]
    [InlineData("buy coffee pods", "en-US")]
    [InlineData("where is my order", "en-GB")]
    [InlineData("yes", "en-GB")]
    [InlineData("cancel my order", "en-GB")]
    public async Task Commands_spoken_by_espeak_are_recognised(string command, string locale)
    {
        var transcript = await _sphinx.RecognizeAsync(await SpokenAudio.SayAsync(command, locale), locale, CancellationToken.None);

        Assert.Equal(RecognitionOutcome.Recognized, transcript.Outcome);
        Assert.Equal(command, transcript.Text);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public async Task A_spoken_yes_is_heard_surely_enough_to_confirm_a_purchase(string locale)
    {
        var transcript = await _sphinx.RecognizeAsync(await SpokenAudio.SayAsync("yes", locale), locale, CancellationToken.None);

        Assert.Equal("yes", transcript.Text);
        Assert.Equal(CommandJudge.AgreedConfidence, transcript.Confidence);
    }

    [Theory]
    [InlineData("play some jazz music", "en-US")]
    [InlineData("set an alarm for seven", "en-US")]
    [InlineData("how much are the coffee pods", "en-US")]
    [InlineData("play some jazz music", "en-GB")]
    [InlineData("set an alarm for seven", "en-GB")]
    [InlineData("how much are the coffee pods", "en-GB")]
    [InlineData("navigate to the nearest gas station", "en-GB")]
    public async Task Speech_that_is_not_a_command_is_not_caught_rather_than_guessed(string words, string locale)
    {
        var transcript = await _sphinx.RecognizeAsync(await SpokenAudio.SayAsync(words, locale), locale, CancellationToken.None);

        Assert.Equal(Transcript.NoMatch, transcript);
    }

    [Fact]
    public async Task Silence_is_no_speech_without_running_the_engine()
    {
        var missing = new PocketsphinxRecognizer(new PocketsphinxOptions { Executable = "not-installed" }, CommandGrammar.Default);

        Assert.Equal(Transcript.NoSpeech, await missing.RecognizeAsync(SpokenAudio.Silence(TimeSpan.FromSeconds(1)), "en-US", CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_dictionary_is_a_clear_engine_error()
    {
        using var sphinx = new PocketsphinxRecognizer(new PocketsphinxOptions { Dictionary = "no-such.dict" }, CommandGrammar.Default);

        var yes = await SpokenAudio.SayAsync("yes");

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() => sphinx.RecognizeAsync(yes, "en-US", CancellationToken.None));

        Assert.Contains("pocketsphinx-en-us", error.Message);
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
