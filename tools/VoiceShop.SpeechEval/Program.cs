using System.Diagnostics;
using System.Globalization;
using VoiceShop.Speech;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Recognition;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;

// The local speech round trip, measured: espeak-ng speaks every phrase of the offline grammar (in each
// locale's voice and at each speaking rate), pocketsphinx transcribes it, and we count exact matches and
// time each step per utterance. Usage: dotnet run -c Release --project tools/VoiceShop.SpeechEval [rounds]
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var grammar = CommandGrammar.Default;
using var recognizer = new PocketsphinxRecognizer(new PocketsphinxOptions(), grammar);
var synthesisMs = new List<double>();
var recognitionMs = new List<double>();
var audioSeconds = new List<double>();
var correct = 0;
var total = 0;

// Warm-up, so the first process start and disk cache do not count.
await recognizer.RecognizeAsync(WavAudio.Parse(await new EspeakSynthesizer(new EspeakOptions()).SynthesizeAsync("<speak>yes</speak>", CancellationToken.None)), "en-US", CancellationToken.None);

foreach (var locale in new[] { SpeechLocale.EnUs, SpeechLocale.EnGb })
{
    foreach (var wordsPerMinute in new[] { 140, 160, 190 })
    {
        var synthesizer = new EspeakSynthesizer(new EspeakOptions { WordsPerMinute = wordsPerMinute });
        var misses = new List<string>();
        var setCorrect = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var phrase in grammar.Phrases)
            {
                var clock = Stopwatch.StartNew();
                var file = await synthesizer.SynthesizeAsync(SsmlRenderer.ToSsml(phrase, synthesizer.Dialect, locale), CancellationToken.None);
                synthesisMs.Add(clock.Elapsed.TotalMilliseconds);
                var audio = WavAudio.Parse(file);
                audioSeconds.Add(audio.Duration.TotalSeconds);

                clock.Restart();
                var transcript = await recognizer.RecognizeAsync(audio, locale.Name, CancellationToken.None);
                recognitionMs.Add(clock.Elapsed.TotalMilliseconds);

                total++;
                if (transcript.Text == phrase)
                {
                    correct++;
                    setCorrect++;
                }
                else
                {
                    misses.Add($"\"{phrase}\" -> \"{transcript.Text}\"");
                }
            }
        }

        Console.WriteLine($"{locale.Name} voice, {wordsPerMinute} wpm: {setCorrect}/{grammar.Phrases.Count * rounds} exact{(misses.Count > 0 ? "; missed " + string.Join(", ", misses) : "")}");
    }
}

Console.WriteLine();
Console.WriteLine($"Recognised exactly: {correct}/{total} ({100.0 * correct / total:0.0}%) over {grammar.Phrases.Count} grammar phrases");
Console.WriteLine($"Audio per utterance: mean {audioSeconds.Average():0.00} s");
Console.WriteLine($"Text to speech (espeak-ng) per utterance: mean {synthesisMs.Average():0.0} ms, median {Median(synthesisMs):0.0} ms, max {synthesisMs.Max():0.0} ms");
Console.WriteLine($"Speech to text (pocketsphinx) per utterance: mean {recognitionMs.Average():0.0} ms, median {Median(recognitionMs):0.0} ms, max {recognitionMs.Max():0.0} ms");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
