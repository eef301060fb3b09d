using System.Text;

namespace VoiceShop.Commerce.Catalog;

/// <summary>
/// Normalises a product name as a speech recogniser would hear it, so that "Paper-Towels", "paper towel"
/// and "paper towels" compare equal: lower case, letters and digits only, and each word singular.
/// </summary>
public static class SpokenName
{
    /// <summary>The normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Singular)
            .ToArray();
    }

    /// <summary>The normalised words of <paramref name="text"/>, joined by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Words(text));

    /// <summary>A cheap English singular: enough for product nouns, never applied to short words.</summary>
    public static string Singular(string word)
    {
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("oes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}
