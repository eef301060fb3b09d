using System.Text;
using System.Text.RegularExpressions;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// The short commands the offline recogniser listens for, as a JSGF grammar. A small fixed grammar is what
/// makes pocketsphinx usable on synthetic or noisy speech (its general language model is not). The phrase
/// list is an input, so the interaction model's sample utterances can replace <see cref="Default"/> without
/// touching the recogniser.
/// </summary>
public sealed partial class CommandGrammar
{
    public CommandGrammar(IEnumerable<string> phrases)
    {
        Phrases = phrases
            .Select(Normalize)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (Phrases.Count == 0)
        {
            throw new ArgumentException("A grammar needs at least one phrase.", nameof(phrases));
        }
    }

    /// <summary>The phrases, lower case, words only.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>VoiceShop's core commands and a few demo products; a stand-in until the interaction model supplies them.</summary>
    public static CommandGrammar Default { get; } = new(
    [
        "where is my order", "where's my order", "where is my package", "check my order", "track my order", "order status",
        "reorder", "reorder my usual", "order it again", "buy it again",
        "yes", "yes please", "no", "no thanks",
        "help", "stop", "cancel", "cancel my order", "goodbye",
        "buy paper towels", "buy batteries", "buy coffee pods", "buy oat milk", "buy dish soap",
        "buy two packs of batteries", "buy a box of coffee pods",
    ]);

    /// <summary>The grammar in JSGF 1.0, one public rule of alternatives.</summary>
    public string ToJsgf()
    {
        var builder = new StringBuilder("#JSGF V1.0;\ngrammar voiceshop;\npublic <command> = ");
        builder.AppendJoin("\n    | ", Phrases);
        builder.Append(";\n");
        return builder.ToString();
    }

    /// <summary>Lower case, apostrophes kept (the dictionary has "where's"), other punctuation removed.</summary>
    public static string Normalize(string phrase) =>
        Spaces().Replace(NotWord().Replace(phrase.ToLowerInvariant(), " "), " ").Trim();

    [GeneratedRegex(@"[^a-z' ]")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
