using System.Text.RegularExpressions;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// What shoppers say to VoiceShop, as the sentences the offline recogniser's language model is trained on.
/// Built from sentence templates (the interaction model's samples, <c>{slot}</c> marking a slot) with every
/// slot filled from its values (the catalog's product names, spoken numbers), or from plain phrases. Each
/// template weighs the same in the model however many products it expands to, so "yes" is not drowned by
/// a hundred "buy {product}" sentences.
/// </summary>
public sealed partial class CommandGrammar
{
    // Before Default, which spells its quantities with them.
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly HashSet<string> _answersOnly = new(StringComparer.Ordinal);

    /// <summary>A grammar of plain phrases, each weighing one.</summary>
    public CommandGrammar(IEnumerable<string> phrases)
        : this(phrases, new Dictionary<string, IReadOnlyList<string>>())
    {
    }

    /// <summary>A grammar of <paramref name="templates"/> with each <c>{slot}</c> replaced by every value in <paramref name="slotValues"/>.</summary>
    /// <exception cref="ArgumentException">No sentence results, or a template names a slot without values.</exception>
    public CommandGrammar(IEnumerable<string> templates, IReadOnlyDictionary<string, IReadOnlyList<string>> slotValues)
    {
        foreach (var template in templates.Distinct(StringComparer.Ordinal))
        {
            var sentences = Expand(template, slotValues).Select(Normalize).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var answerOnly = IsAnswerOnly(template);
            foreach (var sentence in sentences)
            {
                _weights[sentence] = _weights.GetValueOrDefault(sentence) + (1.0 / sentences.Count);
                if (answerOnly)
                {
                    _answersOnly.Add(sentence);
                }
            }
        }

        // A sentence that is also a whole command elsewhere ("help") stays a command.
        foreach (var template in templates.Where(t => !IsAnswerOnly(t)))
        {
            foreach (var sentence in Expand(template, slotValues).Select(Normalize))
            {
                _answersOnly.Remove(sentence);
            }
        }

        if (_weights.Count == 0)
        {
            throw new ArgumentException("A grammar needs at least one phrase.", nameof(templates));
        }

        Phrases = [.. _weights.Keys];
    }

    /// <summary>Every sentence, lower case, words only.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>How much <paramref name="sentence"/> counts in the language model (0 when it is not in the grammar).</summary>
    public double Weight(string sentence) => _weights.GetValueOrDefault(sentence);

    /// <summary>
    /// Whether <paramref name="sentence"/> is a whole command the recogniser may report. Sentences made only of a
    /// slot value ("coffee pods", "the four") are answers to a question, and a fragment of out-of-domain speech
    /// ("how much are the coffee pods") decodes to them too easily, so on their own they are not accepted.
    /// </summary>
    public bool IsCommand(string sentence) => _weights.ContainsKey(sentence) && !_answersOnly.Contains(sentence);

    /// <summary>VoiceShop's core commands and a few demo products; hosts replace it with the interaction model and catalog.</summary>
    public static CommandGrammar Default { get; } = new(
        [
            "where is my order", "where's my order", "where is my package", "check my order", "track my order", "order status",
            "reorder", "reorder my usual", "order it again", "buy it again", "reorder {product}",
            "yes", "yes please", "no", "no thanks",
            "help", "stop", "cancel", "cancel my order", "goodbye",
            "buy {product}", "buy {quantity} {product}", "buy a box of {product}", "buy {quantity} packs of {product}",
            "{product}", "the {product}",
        ],
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["product"] = ["paper towels", "batteries", "coffee pods", "oat milk", "dish soap"],
            ["quantity"] = SpokenNumbers(1, 10),
        });

    /// <summary>Whole numbers in words, as the language model needs them ("twenty five").</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to 99.</exception>
    public static IReadOnlyList<string> SpokenNumbers(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, 99);
        return [.. Enumerable.Range(from, to - from + 1).Select(Say)];
    }

    private static string Say(int number) => number < 20
        ? Units[number]
        : Tens[number / 10] + (number % 10 == 0 ? "" : " " + Units[number % 10]);

    /// <summary>Lower case, apostrophes kept (the dictionary has "where's"), other punctuation removed.</summary>
    public static string Normalize(string phrase) =>
        Spaces().Replace(NotWord().Replace(phrase.ToLowerInvariant(), " "), " ").Trim();

    private static IEnumerable<string> Expand(string template, IReadOnlyDictionary<string, IReadOnlyList<string>> slotValues)
    {
        var match = Slot().Match(template);
        if (!match.Success)
        {
            return [template];
        }

        var name = match.Groups[1].Value;
        if (!slotValues.TryGetValue(name, out var values) || values.Count == 0)
        {
            throw new ArgumentException($"The template \"{template}\" uses the slot {{{name}}}, which has no values.", nameof(slotValues));
        }

        return values.SelectMany(value => Expand(template[..match.Index] + value + template[(match.Index + match.Length)..], slotValues));
    }

    /// <summary>A template whose only words besides its slots are articles or "my": an answer, not a command.</summary>
    private static bool IsAnswerOnly(string template) =>
        Slot().IsMatch(template) && Normalize(Slot().Replace(template, " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => word is "the" or "a" or "an" or "my" or "some" or "please" or "i" or "want");

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();

    [GeneratedRegex(@"[^a-z' ]")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
