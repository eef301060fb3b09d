namespace VoiceShop.Speech;

/// <summary>
/// Fills a prompt such as "Your {items} arrive {day}." with speech parts. Prompts come from resource files,
/// so a missing placeholder value is a bug in those files and fails loudly in tests rather than being spoken.
/// </summary>
public static class Template
{
    /// <summary>The speech for <paramref name="template"/> with each <c>{name}</c> replaced by its value.</summary>
    public static SpeechNode Fill(string template, IReadOnlyDictionary<string, SpeechNode>? values = null)
    {
        var parts = new List<SpeechNode>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(new SpeechNode.Text(template[position..]));
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"Unclosed placeholder in prompt \"{template}\".");
            }

            if (open > position)
            {
                parts.Add(new SpeechNode.Text(template[position..open]));
            }

            var name = template[(open + 1)..close];
            if (values is null || !values.TryGetValue(name, out var value))
            {
                throw new KeyNotFoundException($"Prompt \"{template}\" needs a value for {{{name}}}.");
            }

            parts.Add(OpensSentence(template.AsSpan(0, open)) ? new SpeechNode.SentenceStart(value) : value);
            position = close + 1;
        }

        return parts.Count == 1 ? parts[0] : new SpeechNode.Sequence(parts);
    }

    /// <summary>Whether a placeholder after <paramref name="before"/> begins a sentence: at the very start, or after ". ", "? " or "! ".</summary>
    private static bool OpensSentence(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.IsEmpty || (trimmed.Length < before.Length && trimmed[^1] is '.' or '?' or '!');
    }
}
