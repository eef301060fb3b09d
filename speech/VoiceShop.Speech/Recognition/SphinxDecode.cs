using System.Globalization;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// What <c>pocketsphinx_continuous -time yes</c> printed: each utterance's words as a line, then one line per
/// segment ("word start end posterior"). Fillers (&lt;s&gt;, &lt;sil&gt;, [NOISE], [SPEECH]) are kept apart from words.
/// </summary>
/// <param name="Words">The recognised words in order, with their times and posteriors.</param>
public sealed record SphinxDecode(IReadOnlyList<SphinxWord> Words)
{
    /// <summary>The words as one sentence.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Word));

    /// <summary>The least certain word's posterior: a sentence is only as sure as its weakest word. 0 without words.</summary>
    public double LeastPosterior => Words.Count == 0 ? 0 : Words.Min(w => w.Posterior);

    /// <summary>Reads the program's standard output.</summary>
    public static SphinxDecode Parse(string output)
    {
        var words = new List<SphinxWord>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || !TryNumber(parts[1], out var start) || !TryNumber(parts[2], out var end) || !TryNumber(parts[3], out var posterior))
            {
                continue; // The utterance's hypothesis line; the segments say the same with timings.
            }

            if (!IsFiller(parts[0]))
            {
                words.Add(new SphinxWord(PronunciationDictionary.BaseWord(parts[0]), TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), Math.Clamp(posterior, 0, 1)));
            }
        }

        return new SphinxDecode(words);
    }

    private static bool IsFiller(string token) => token.StartsWith('<') || token.StartsWith('[') || token.StartsWith("++", StringComparison.Ordinal);

    private static bool TryNumber(string text, out double value) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

/// <summary>One recognised word: when it was said and how sure the decoder is of it.</summary>
public sealed record SphinxWord(string Word, TimeSpan Start, TimeSpan End, double Posterior);
