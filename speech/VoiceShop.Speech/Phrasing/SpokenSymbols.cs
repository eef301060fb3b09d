using System.Text;
using System.Text.RegularExpressions;

namespace VoiceShop.Speech.Phrasing;

/// <summary>
/// Says the symbols in product and brand names as words, because text-to-speech engines read them badly:
/// "&amp;" is "and", "+" is "plus", "1/2" is "half", "AC/DC" is "AC DC", and ®, ™ and © are silent (no
/// shopper wants to hear "registered trademark").
/// </summary>
public static partial class SpokenSymbols
{
    /// <summary>The name as it should be spoken.</summary>
    public static string Say(string name)
    {
        var text = Fractions().Replace(name, m => m.Groups[1].Value switch
        {
            "1/2" => "half",
            "1/4" => "quarter",
            "3/4" => "three quarter",
            "1/3" => "third",
            var other => other.Replace("/", " over ", StringComparison.Ordinal),
        });
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var word = c switch
            {
                '&' => "and",
                '+' => "plus",
                '@' => "at",
                '%' => "percent",
                '×' => "by",
                '#' when i + 1 < text.Length && char.IsDigit(text[i + 1]) => "number",
                _ => null,
            };
            if (word is not null)
            {
                builder.Append(' ').Append(word).Append(' ');
            }
            else if (c is '®' or '™' or '©' or '℠')
            {
                // Silent: these marks only matter in print.
            }
            else if (c is '/' or '|' or '_' or '~' or '*' or '^')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"(?<![\d/])(\d+/\d+)(?![\d/])")]
    private static partial Regex Fractions();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
