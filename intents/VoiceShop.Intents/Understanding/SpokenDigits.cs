namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Reads a voice code said digit by digit ("one two three four", "1 2 3 4", "1234", "oh five oh nine"),
/// which is how people say PINs, unlike quantities.
/// </summary>
public static class SpokenDigits
{
    private static readonly Dictionary<string, char> Digits = new(StringComparer.Ordinal)
    {
        ["zero"] = '0',
        ["oh"] = '0',
        ["o"] = '0',
        ["one"] = '1',
        ["two"] = '2',
        ["to"] = '2',
        ["too"] = '2',
        ["three"] = '3',
        ["four"] = '4',
        ["for"] = '4',
        ["five"] = '5',
        ["six"] = '6',
        ["seven"] = '7',
        ["eight"] = '8',
        ["nine"] = '9',
    };

    /// <summary>The four digits, or null when the words are not exactly a four-digit code (fillers around it are allowed).</summary>
    public static string? FourDigitCode(IReadOnlyList<string> words)
    {
        var code = new System.Text.StringBuilder(4);
        foreach (var word in words)
        {
            if (word.All(char.IsAsciiDigit))
            {
                code.Append(word);
            }
            else if (Digits.TryGetValue(word, out var digit))
            {
                code.Append(digit);
            }
        }

        return code.Length == 4 ? code.ToString() : null;
    }
}
