using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// The offline recogniser: pocketsphinx 0.8 from Debian (<c>pocketsphinx_continuous</c> with the en-US
/// acoustic model) and a trigram language model of the sentences its <see cref="ICommandVocabulary"/> holds. A closed grammar
/// forces every sound into one of its phrases ("play some jazz music" heard as "yes"); the language model lets
/// other speech decode as the word salad it is, and that is rejected: only a whole command of the grammar,
/// whose every word the decoder is reasonably sure of, comes back as recognised. Anything else is
/// <see cref="RecognitionOutcome.NoMatch"/>, and the channel says it did not catch that.
/// </summary>
public sealed class PocketsphinxRecognizer(PocketsphinxOptions options, ICommandVocabulary vocabulary) : ISpeechRecognizer, IDisposable
{
    /// <summary>A recogniser that always listens for <paramref name="grammar"/>.</summary>
    public PocketsphinxRecognizer(PocketsphinxOptions options, CommandGrammar grammar)
        : this(options, new FixedCommandVocabulary(grammar))
    {
    }

    /// <summary>Language weight and word insertion penalty for a small model: trust it, and do not pad commands with short words.</summary>
    private static readonly string[] DomainSettings = ["-lw", "9", "-wip", "0.01"];

    private readonly Lazy<string> _directory = new(() => Directory.CreateTempSubdirectory("voiceshop-sphinx-").FullName);
    private readonly object _writeLock = new();
    private ListeningModel? _model;
    private int _modelVersion;

    public async Task<Transcript> RecognizeAsync(WavAudio audio, string locale, CancellationToken cancellationToken)
    {
        var pcm = audio.ToRecognitionFormat();
        if (pcm.IsSilent())
        {
            return Transcript.NoSpeech;
        }

        var grammar = await vocabulary.GetAsync(cancellationToken);
        return CommandJudge.Judge(await HearAsync(pcm, grammar, cancellationToken), grammar);
    }

    /// <summary>What both models heard in <paramref name="pcm"/> (16 kHz mono), before it is judged.</summary>
    public async Task<RecognitionEvidence> HearAsync(WavAudio pcm, CancellationToken cancellationToken) =>
        await HearAsync(pcm, await vocabulary.GetAsync(cancellationToken), cancellationToken);

    private async Task<RecognitionEvidence> HearAsync(WavAudio pcm, CommandGrammar grammar, CancellationToken cancellationToken)
    {
        var (languageModel, dictionary) = ModelFor(grammar);
        var input = Path.Combine(_directory.Value, Guid.NewGuid().ToString("N") + ".wav");
        await File.WriteAllBytesAsync(input, pcm.ToFile(), cancellationToken);
        try
        {
            var domain = await DecodeAsync(input, ["-lm", languageModel, "-dict", dictionary, .. DomainSettings], cancellationToken);
            var unexplained = SpeechCoverage.Unexplained(pcm, domain.Words);

            // The general model costs a second of CPU; it only has something to say about a candidate command.
            var general = CommandJudge.IsCandidate(domain, unexplained, grammar)
                ? await DecodeAsync(input, [], cancellationToken)
                : new SphinxDecode([]);
            return new RecognitionEvidence(domain, general, unexplained);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private async Task<SphinxDecode> DecodeAsync(string input, string[] model, CancellationToken cancellationToken)
    {
        string[] arguments = ["-infile", input, .. model, "-samprate", "16000", "-time", "yes", "-logfn", "/dev/null"];
        var result = await ExternalProcess.RunAsync(options.Executable, arguments, ReadOnlyMemory<byte>.Empty, options.Timeout, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new SpeechEngineException($"pocketsphinx failed (exit {result.ExitCode}): {result.Errors.Trim()}");
        }

        return SphinxDecode.Parse(System.Text.Encoding.UTF8.GetString(result.Output));
    }

    public void Dispose()
    {
        // Hosts may dispose their services more than once; only the first call has anything to remove.
        if (_directory.IsValueCreated && Directory.Exists(_directory.Value))
        {
            Directory.Delete(_directory.Value, recursive: true);
        }
    }

    /// <summary>
    /// The language model and dictionary files for <paramref name="grammar"/>, written on first use and again
    /// only when the vocabulary hands out a new grammar. Each version gets new file names, so a decode that
    /// started on the previous version still reads whole files.
    /// </summary>
    private (string LanguageModel, string Dictionary) ModelFor(CommandGrammar grammar)
    {
        lock (_writeLock)
        {
            if (_model is null || !ReferenceEquals(_model.Grammar, grammar))
            {
                var version = ++_modelVersion;
                var words = grammar.Phrases.SelectMany(p => p.Split(' ')).Distinct(StringComparer.Ordinal);
                var pronunciations = PronunciationDictionary.Load(options.Dictionary, words);
                var languageModel = Path.Combine(_directory.Value, $"voiceshop-{version}.arpa");
                var dictionary = Path.Combine(_directory.Value, $"voiceshop-{version}.dict");
                File.WriteAllText(languageModel, NgramLanguageModel.ToArpa(grammar, pronunciations.Contains));
                File.WriteAllText(dictionary, pronunciations.ToText());
                _model = new ListeningModel(grammar, languageModel, dictionary);
            }

            return (_model.LanguageModel, _model.Dictionary);
        }
    }

    private sealed record ListeningModel(CommandGrammar Grammar, string LanguageModel, string Dictionary);
}
