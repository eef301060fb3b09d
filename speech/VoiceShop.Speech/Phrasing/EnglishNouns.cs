namespace VoiceShop.Speech.Phrasing;

/// <summary>
/// The English noun rules that counting needs ("box" to "boxes", "a pack" but "an egg"), in one place so
/// that every reply counts things the same way.
/// </summary>
public static class EnglishNouns
{
    /// <summary>"box" to "boxes", "pack" to "packs", "battery" to "batteries"; a noun already ending in s stays.</summary>
    public static string Plural(string noun)
    {
        if (noun.Length == 0)
        {
            return noun;
        }

        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal))
        {
            return noun.EndsWith("ss", StringComparison.Ordinal) || !noun.EndsWith('s') ? noun + "es" : noun;
        }

        if (noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2]))
        {
            return noun[..^1] + "ies";
        }

        return noun + "s";
    }

    /// <summary>"a" or "an" by the sound the word starts with (close enough for product units and names).</summary>
    public static string Article(string word) =>
        word.Length > 0 && "aeiouAEIOU".Contains(word[0]) && !word.StartsWith("us", StringComparison.OrdinalIgnoreCase) ? "an" : "a";
}
