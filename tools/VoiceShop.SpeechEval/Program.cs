using System.Diagnostics;
using System.Globalization;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Voice;
using VoiceShop.Speech;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Recognition;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;
using VoiceShop.SpeechEval;

// The offline recogniser, measured: espeak-ng speaks commands and non-commands in the en-US and en-GB voices,
// pocketsphinx (with the language model of the interaction model and the demo catalog) transcribes them, and
// each turn is counted as heard as meant, rejected ("didn't catch that"), or substituted (heard as a different
// command: the failure that matters). Usage: dotnet run -c Release --project tools/VoiceShop.SpeechEval [wpm]
var wordsPerMinute = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 160;
var model = InteractionModel.Load();
var catalog = DemoData.Catalog();
var grammar = VoiceVocabulary.Grammar(model, catalog);
var intentGrammars = model.Intents.Where(i => i.Samples.Count > 0)
    .ToDictionary(i => i.Name, i => VoiceVocabulary.Grammar(model with { Intents = [i] }, catalog));
// A shopping command is any intent of our own (not a platform built-in) plus a yes; new intents count as they are added.
var commitments = model.Intents.Where(i => !i.BuiltIn).Select(i => i.Name).Append("YesIntent").ToHashSet(StringComparer.Ordinal);
using var recognizer = new PocketsphinxRecognizer(new PocketsphinxOptions { Timeout = TimeSpan.FromSeconds(60) }, grammar);
var synthesizer = new EspeakSynthesizer(new EspeakOptions { WordsPerMinute = wordsPerMinute });
var nonCommands = SpokenSet.NonCommands.Concat(model.OutOfScopeSamples).Distinct().ToList();
var recognitionMs = new List<double>();
int commandsTotal = 0, heardAsMeant = 0, commandsRejected = 0, commandSubstitutions = 0, commandCritical = 0;
int nonTotal = 0, nonRejected = 0, nonSubstitutions = 0, nonCritical = 0, unsureYes = 0;
var substitutions = new List<string>();
var rejections = new List<string>();
RecognitionEvidence? lastEvidence = null;

foreach (var locale in new[] { SpeechLocale.EnUs, SpeechLocale.EnGb })
{
    int localeMeant = 0, localeNonRejected = 0;
    foreach (var (words, intent) in SpokenSet.Commands)
    {
        var heard = await HearAsync(words, locale);
        commandsTotal++;
        if (!heard.Recognized || IsUnsureYes(heard))
        {
            commandsRejected++;
            unsureYes += heard.Recognized ? 1 : 0;
            rejections.Add($"{locale.Name}: \"{words}\" {Explain(lastEvidence!)}{(heard.Recognized ? $": a yes at {heard.Confidence}, below the channel's bar" : "")}");
        }
        else if (IntentsOf(heard.Text).Contains(intent))
        {
            heardAsMeant++;
            localeMeant++;
        }
        else
        {
            commandSubstitutions++;
            commandCritical += IntentsOf(heard.Text).Any(commitments.Contains) ? 1 : 0;
            substitutions.Add($"{locale.Name}: \"{words}\" ({intent}) -> \"{heard.Text}\" ({string.Join('/', IntentsOf(heard.Text))}, {heard.Confidence})");
        }
    }

    foreach (var words in nonCommands)
    {
        var heard = await HearAsync(words, locale);
        nonTotal++;
        if (!heard.Recognized)
        {
            nonRejected++;
            localeNonRejected++;
            continue;
        }

        var intents = IntentsOf(heard.Text);
        if (IsUnsureYes(heard))
        {
            // The channel asks again rather than take a yes this unsure.
            unsureYes++;
            nonRejected++;
            localeNonRejected++;
            rejections.Add($"{locale.Name}: non-command \"{words}\" heard as \"{heard.Text}\" at {heard.Confidence}, below the channel's yes bar: asked again");
            continue;
        }

        nonSubstitutions++;
        nonCritical += intents.Any(commitments.Contains) ? 1 : 0;
        substitutions.Add($"{locale.Name}: non-command \"{words}\" -> \"{heard.Text}\" ({string.Join('/', intents)}, {heard.Confidence})");
    }

    Console.WriteLine($"{locale.Name} voice, {wordsPerMinute} wpm: commands heard as meant {localeMeant}/{SpokenSet.Commands.Count}, non-commands rejected {localeNonRejected}/{nonCommands.Count}");
}

Console.WriteLine();
Console.WriteLine($"Grammar: {grammar.Phrases.Count} sentences from {model.Intents.Sum(i => i.Samples.Count)} intent samples and {catalog.Count} catalog products");
Console.WriteLine($"Commands ({commandsTotal}): recognition accuracy {Percent(heardAsMeant, commandsTotal)}, rejected {Percent(commandsRejected, commandsTotal)}, substitution rate {Percent(commandSubstitutions, commandsTotal)} (into a shopping command or a yes: {commandCritical})");
Console.WriteLine($"Yes heard below the channel's bar of {VoiceChannel.YesConfidence} (asked again, counted as rejected): {unsureYes}");
Console.WriteLine($"Non-commands ({nonTotal}): rejected {Percent(nonRejected, nonTotal)}, substitution rate {Percent(nonSubstitutions, nonTotal)} (into a shopping command or a yes: {nonCritical})");
Console.WriteLine($"Speech to text per utterance: mean {recognitionMs.Average():0} ms, median {recognitionMs.Order().ElementAt(recognitionMs.Count / 2):0} ms");
foreach (var line in substitutions)
{
    Console.WriteLine("  substituted " + line);
}

foreach (var line in rejections)
{
    Console.WriteLine("  rejected " + line);
}

string Explain(RecognitionEvidence evidence) =>
    $"decoded as \"{evidence.Domain.Text}\"{(grammar.IsCommand(evidence.Domain.Text) ? "" : " (not a command)")}, general model \"{evidence.General.Text}\", unexplained speech {evidence.UnexplainedSpeech:0.00}, least posterior {evidence.Domain.LeastPosterior:0.00}";

async Task<Transcript> HearAsync(string words, SpeechLocale locale)
{
    var audio = WavAudio.Parse(await synthesizer.SynthesizeAsync(SsmlRenderer.ToSsml(words, synthesizer.Dialect, locale), CancellationToken.None));
    var clock = Stopwatch.StartNew();
    lastEvidence = await recognizer.HearAsync(audio.ToRecognitionFormat(), CancellationToken.None);
    var transcript = CommandJudge.Judge(lastEvidence, grammar);
    if (Environment.GetEnvironmentVariable("SPEECHEVAL_DETAILS") is { Length: > 0 } detailsPath)
    {
        File.AppendAllText(detailsPath, $"{locale.Name}\t{words}\t{transcript.Text}\t{Explain(lastEvidence)}\n");
    }

    recognitionMs.Add(clock.Elapsed.TotalMilliseconds);
    return transcript;
}

bool IsUnsureYes(Transcript heard) => heard.Recognized && IntentsOf(heard.Text).SequenceEqual(["YesIntent"]) && heard.Confidence is not >= VoiceChannel.YesConfidence;

List<string> IntentsOf(string sentence) => [.. intentGrammars.Where(g => g.Value.IsCommand(sentence)).Select(g => g.Key)];

static string Percent(int part, int whole) => $"{part}/{whole} ({100.0 * part / whole:0.0}%)";

