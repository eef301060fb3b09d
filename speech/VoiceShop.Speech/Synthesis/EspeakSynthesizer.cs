using System.Globalization;
using System.Text;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Synthesis;

/// <summary>
/// The embedded engine: espeak-ng, run as a process with SSML on stdin (<c>-m</c>, without which the tags are
/// read aloud) and WAV on stdout. Robotic but offline, instant (milliseconds per sentence) and free, which
/// suits tests, kiosks and development. Its streamed WAV header has placeholder sizes, so it is rewritten.
/// </summary>
public sealed class EspeakSynthesizer(EspeakOptions options) : ISpeechSynthesizer
{
    public SsmlDialect Dialect => SsmlDialect.Espeak;

    public async Task<byte[]> SynthesizeAsync(string ssml, CancellationToken cancellationToken)
    {
        string[] arguments = ["-m", "--stdin", "--stdout", "-s", options.WordsPerMinute.ToString(CultureInfo.InvariantCulture)];
        var result = await ExternalProcess.RunAsync(options.Executable, arguments, Encoding.UTF8.GetBytes(ssml), options.Timeout, cancellationToken);
        if (result.ExitCode != 0 || !WavAudio.TryParse(result.Output, out var audio, out var problem))
        {
            throw new SpeechEngineException($"espeak-ng failed (exit {result.ExitCode}): {result.Errors.Trim()}");
        }

        return audio.ToFile();
    }
}
