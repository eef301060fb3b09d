using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// The offline recogniser: pocketsphinx 0.8 from Debian (<c>pocketsphinx_continuous</c> with the en-US
/// acoustic model), constrained to <see cref="CommandGrammar"/>. Good at short commands, useless for free
/// speech, and it always answers with one of the grammar's phrases, so the meaning step must still judge it.
/// </summary>
public sealed class PocketsphinxRecognizer(PocketsphinxOptions options, CommandGrammar grammar) : ISpeechRecognizer, IDisposable
{
    private readonly Lazy<string> _directory = new(() => Directory.CreateTempSubdirectory("voiceshop-sphinx-").FullName);
    private readonly object _writeLock = new();
    private string? _grammarPath;

    public async Task<Transcript> RecognizeAsync(WavAudio audio, string locale, CancellationToken cancellationToken)
    {
        var pcm = audio.ToRecognitionFormat();
        if (pcm.IsSilent())
        {
            return Transcript.NoSpeech;
        }

        var input = Path.Combine(_directory.Value, Guid.NewGuid().ToString("N") + ".wav");
        await File.WriteAllBytesAsync(input, pcm.ToFile(), cancellationToken);
        try
        {
            string[] arguments = ["-infile", input, "-jsgf", GrammarPath(), "-samprate", "16000", "-logfn", "/dev/null"];
            var result = await ExternalProcess.RunAsync(options.Executable, arguments, ReadOnlyMemory<byte>.Empty, options.Timeout, cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new SpeechEngineException($"pocketsphinx failed (exit {result.ExitCode}): {result.Errors.Trim()}");
            }

            // One line per utterance it detected; a pause inside a command can split it in two.
            var text = string.Join(' ', System.Text.Encoding.UTF8.GetString(result.Output)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return text.Length == 0 ? Transcript.NoMatch : new Transcript(RecognitionOutcome.Recognized, text);
        }
        finally
        {
            File.Delete(input);
        }
    }

    public void Dispose()
    {
        // Hosts may dispose their services more than once; only the first call has anything to remove.
        if (_directory.IsValueCreated && Directory.Exists(_directory.Value))
        {
            Directory.Delete(_directory.Value, recursive: true);
        }
    }

    private string GrammarPath()
    {
        lock (_writeLock)
        {
            if (_grammarPath is null)
            {
                var path = Path.Combine(_directory.Value, "voiceshop.gram");
                File.WriteAllText(path, grammar.ToJsgf());
                _grammarPath = path;
            }

            return _grammarPath;
        }
    }
}
