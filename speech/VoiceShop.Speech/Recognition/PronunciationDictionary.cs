namespace VoiceShop.Speech.Recognition;

/// <summary>
/// The pronunciations the recogniser needs, taken from the CMU dictionary that Debian's
/// <c>pocketsphinx-en-us</c> ships. Only the grammar's words are written out: pocketsphinx then loads a few
/// hundred entries instead of 130,000, and a word it has no pronunciation for is left out of the language
/// model rather than breaking it.
/// </summary>
public sealed class PronunciationDictionary
{
    /// <summary>Where Debian's <c>pocketsphinx-en-us</c> puts the US English dictionary.</summary>
    public const string DebianPath = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict";

    private readonly Dictionary<string, List<string>> _entries;

    private PronunciationDictionary(Dictionary<string, List<string>> entries) => _entries = entries;

    /// <summary>The entries of <paramref name="path"/> for <paramref name="words"/> (alternative pronunciations "word(2)" included).</summary>
    /// <exception cref="SpeechEngineException">The dictionary is not installed.</exception>
    public static PronunciationDictionary Load(string path, IEnumerable<string> words)
    {
        if (!File.Exists(path))
        {
            throw new SpeechEngineException($"The pronunciation dictionary {path} is missing (Debian package pocketsphinx-en-us).");
        }

        var wanted = words.ToHashSet(StringComparer.Ordinal);
        var entries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var end = line.IndexOf(' ', StringComparison.Ordinal);
            if (end <= 0)
            {
                continue;
            }

            var word = BaseWord(line[..end]);
            if (wanted.Contains(word))
            {
                if (!entries.TryGetValue(word, out var lines))
                {
                    entries[word] = lines = [];
                }

                lines.Add(line);
            }
        }

        return new PronunciationDictionary(entries);
    }

    /// <summary>Whether <paramref name="word"/> can be recognised.</summary>
    public bool Contains(string word) => _entries.ContainsKey(word);

    /// <summary>The entries in the dictionary's own format, one pronunciation a line.</summary>
    public string ToText() => string.Concat(_entries.Keys.Order(StringComparer.Ordinal).SelectMany(w => _entries[w]).Select(line => line + "\n"));

    /// <summary>"read(2)" is the second pronunciation of "read".</summary>
    public static string BaseWord(string entry)
    {
        var variant = entry.IndexOf('(', StringComparison.Ordinal);
        return variant > 0 && entry.EndsWith(')') ? entry[..variant] : entry;
    }
}
