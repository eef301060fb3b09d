using System.Collections.Frozen;
using System.Text;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Turns what a speech recogniser (or a person typing) produced into plain lower-case words: punctuation
/// and apostrophes gone, contractions spelled out ("where's" is "where is"), dollar signs said as words,
/// and the noise of real speech dropped: wake words ("alexa", "hey google"), the invocation ("ask voice
/// shop to"), fillers ("um", "uh") and politeness ("please"), which carry no meaning for a shop.
/// </summary>
public static class SpokenText
{
    private static readonly FrozenDictionary<string, string[]> Contractions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["whats"] = ["what", "is"],
        ["wheres"] = ["where", "is"],
        ["whens"] = ["when", "is"],
        ["hows"] = ["how", "is"],
        ["whos"] = ["who", "is"],
        ["thats"] = ["that", "is"],
        ["theres"] = ["there", "is"],
        ["im"] = ["i", "am"],
        ["ive"] = ["i", "have"],
        ["id"] = ["i", "would"],
        ["ill"] = ["i", "will"],
        ["dont"] = ["do", "not"],
        ["doesnt"] = ["does", "not"],
        ["didnt"] = ["did", "not"],
        ["cant"] = ["can", "not"],
        ["cannot"] = ["can", "not"],
        ["wont"] = ["will", "not"],
        ["isnt"] = ["is", "not"],
        ["arent"] = ["are", "not"],
        ["hasnt"] = ["has", "not"],
        ["havent"] = ["have", "not"],
        ["wasnt"] = ["was", "not"],
        ["shouldnt"] = ["should", "not"],
        ["youre"] = ["you", "are"],
        ["weve"] = ["we", "have"],
        ["lets"] = ["let", "us"],
        ["gonna"] = ["going", "to"],
        ["wanna"] = ["want", "to"],
        ["gimme"] = ["give", "me"],
        ["nevermind"] = ["never", "mind"],
        ["reorder"] = ["reorder"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["um", "umm", "ummm", "uh", "uhh", "uhm", "uhhh", "er", "erm", "hmm", "hm", "mm", "mmm", "ah", "eh", "please", "pls", "plz", "kindly", "thanks"],
        StringComparer.Ordinal);

    private static readonly string[][] FillerPhrases = [["thank", "you"], ["you", "know"], ["i", "mean"]];

    /// <summary>Grunts that mean yes; said before their parts ("uh", "mm") are dropped as fillers.</summary>
    private static readonly string[][] Assents = [["uh", "huh"], ["mm", "hmm"], ["mhm"], ["mmhmm"], ["mm", "hm"]];

    private static readonly string[][] LeadIns =
    [
        ["hey", "alexa"], ["ok", "alexa"], ["okay", "alexa"], ["alexa"],
        ["hey", "google"], ["ok", "google"], ["okay", "google"], ["hi", "google"], ["google"],
        ["hey", "siri"], ["siri"], ["computer"], ["echo"],
        ["ask", "voice", "shop", "to"], ["ask", "voice", "shop"], ["tell", "voice", "shop", "to"], ["tell", "voice", "shop"],
        ["open", "voice", "shop", "and"], ["hey", "voice", "shop"], ["voice", "shop"],
        ["so"], ["well"], ["oh"], ["hey"],
    ];

    /// <summary>The meaningful words of <paramref name="text"/>.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Contractions.TryGetValue(raw, out var expanded))
            {
                words.AddRange(expanded);
            }
            else if (raw == "order" && words.Count > 0 && words[^1] == "re")
            {
                words[^1] = "reorder";
            }
            else
            {
                words.Add(raw);
            }
        }

        DropLeadIns(words);
        words.RemoveAll(w => w == "alexa");
        foreach (var grunt in Assents)
        {
            ReplacePhrase(words, grunt, "yes");
        }

        foreach (var phrase in FillerPhrases)
        {
            RemovePhrase(words, phrase);
        }

        words.RemoveAll(Fillers.Contains);
        return words;
    }

    private static void ReplacePhrase(List<string> words, string[] phrase, string replacement)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (words.Skip(i).Take(phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal))
            {
                words.RemoveRange(i, phrase.Length);
                words.Insert(i, replacement);
            }
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            switch (c)
            {
                case '\'' or '\u2019' or '\u2018':
                    break;
                case '$':
                    // "$200" is said "200 dollars": move the sign after the number.
                    var end = i + 1;
                    while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or ','))
                    {
                        end++;
                    }

                    builder.Append(' ').Append(text.AsSpan(i + 1, end - i - 1).ToString().Replace(",", "", StringComparison.Ordinal)).Append(" dollars ");
                    i = end - 1;
                    break;
                case '%':
                    builder.Append(" percent ");
                    break;
                case '&':
                    builder.Append(" and ");
                    break;
                case '.' or ',' when i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]):
                    if (c == '.')
                    {
                        builder.Append('.');
                    }

                    break;
                default:
                    builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
                    break;
            }
        }

        return builder.ToString();
    }

    private static void DropLeadIns(List<string> words)
    {
        var changed = true;
        while (changed && words.Count > 1)
        {
            changed = false;
            foreach (var lead in LeadIns)
            {
                if (words.Count > lead.Length && StartsWith(words, lead))
                {
                    words.RemoveRange(0, lead.Length);
                    changed = true;
                    break;
                }
            }
        }
    }

    private static bool StartsWith(List<string> words, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void RemovePhrase(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = words[i + j] == phrase[j];
            }

            if (match)
            {
                words.RemoveRange(i, phrase.Length);
                i--;
            }
        }
    }
}
