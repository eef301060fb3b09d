using VoiceShop.Speech;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;

namespace VoiceShop.Functions.Tests;

/// <summary>Recordings for the voice channel, spoken by the real espeak-ng rather than canned files.</summary>
public static class VoiceAudio
{
    private static readonly EspeakSynthesizer Espeak = new(new EspeakOptions());

    /// <summary>A WAV file of <paramref name="words"/> at espeak-ng's own 22.05 kHz.</summary>
    public static Task<byte[]> SayAsync(string words, string locale = "en-US") =>
        Espeak.SynthesizeAsync(SsmlRenderer.ToSsml(words, SsmlDialect.Espeak, SpeechLocale.For(locale)), CancellationToken.None);

    /// <summary>A WAV file of silence at 16 kHz mono.</summary>
    public static byte[] Silence(TimeSpan length) => new WavAudio(16_000, 1, new byte[(int)(16_000 * length.TotalSeconds) * 2]).ToFile();
}
