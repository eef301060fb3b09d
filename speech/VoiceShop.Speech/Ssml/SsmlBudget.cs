using System.Text;

namespace VoiceShop.Speech.Ssml;

/// <summary>
/// Fits a document into a platform's length limit by saying less, never by cutting markup: whole elements
/// are kept or dropped, and words are cut after the last complete sentence that fits (or, failing that, the
/// last whole word).
/// </summary>
internal static class SsmlBudget
{
    private static readonly char[] SentenceEnds = ['.', '?', '!'];

    /// <summary>The body markup of <paramref name="pieces"/>, at most <paramref name="budget"/> long as <paramref name="dialect"/> counts.</summary>
    public static string Fit(IReadOnlyList<SsmlPiece> pieces, int budget, SsmlDialect dialect)
    {
        var all = string.Concat(pieces.Select(p => p.ToSsml()));
        if (Length(all, dialect) <= budget)
        {
            return all;
        }

        // Keep whole pieces while they fit; of the first that does not, keep the words that do.
        var kept = new List<SsmlPiece>();
        var used = 0;
        foreach (var piece in pieces)
        {
            var length = Length(piece.ToSsml(), dialect);
            if (used + length <= budget)
            {
                kept.Add(piece);
                used += length;
                continue;
            }

            if (piece.IsWords && WordsThatFit(piece.Words!, budget - used, dialect) is { Length: > 0 } partial)
            {
                kept.Add(SsmlPiece.Text(partial));
            }

            break;
        }

        return string.Concat(EndAtSentence(kept).Select(p => p.ToSsml()));
    }

    /// <summary>Drops whatever follows the last sentence end; keeps everything when no sentence ends.</summary>
    private static List<SsmlPiece> EndAtSentence(List<SsmlPiece> kept)
    {
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            if (!kept[i].IsWords)
            {
                continue;
            }

            var words = kept[i].Words!;
            var end = LastSentenceEnd(words);
            if (end >= 0)
            {
                var result = kept.Take(i).ToList();
                result.Add(SsmlPiece.Text(words[..(end + 1)]));
                return result;
            }
        }

        return kept;
    }

    private static int LastSentenceEnd(string words)
    {
        for (var at = words.LastIndexOfAny(SentenceEnds); at >= 0; at = at == 0 ? -1 : words.LastIndexOfAny(SentenceEnds, at - 1))
        {
            if (at == words.Length - 1 || char.IsWhiteSpace(words[at + 1]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The longest run of whole words from the start of <paramref name="words"/> whose escaped form fits.</summary>
    private static string WordsThatFit(string words, int room, SsmlDialect dialect)
    {
        var used = 0;
        var lastWordEnd = 0;
        for (var i = 0; i < words.Length;)
        {
            // A surrogate pair is one character to a listener and must not be split.
            var size = char.IsHighSurrogate(words[i]) && i + 1 < words.Length && char.IsLowSurrogate(words[i + 1]) ? 2 : 1;
            used += Length(SsmlText.Escape(words.Substring(i, size)), dialect);
            if (used > room)
            {
                break;
            }

            i += size;
            if (i == words.Length || char.IsWhiteSpace(words[i]))
            {
                lastWordEnd = i;
            }
        }

        return words[..lastWordEnd].TrimEnd();
    }

    public static int Length(string markup, SsmlDialect dialect) =>
        dialect.LengthInUtf8Bytes ? Encoding.UTF8.GetByteCount(markup) : markup.Length;
}
