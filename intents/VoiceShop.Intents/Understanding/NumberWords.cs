using System.Collections.Frozen;
using System.Globalization;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Finds numbers however they were said: digits ("12", "19.99"), words ("twenty five", "a hundred and
/// fifty") and shoppers' idioms ("a couple of", "half a dozen", "two dozen").
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotCounting = FrozenSet.ToFrozenSet(
        ["the", "this", "that", "which", "other", "another", "each", "every", "no", "any"], StringComparer.Ordinal);

    /// <summary>Every number in <paramref name="words"/>, left to right, each with the words it spans.</summary>
    public static List<NumberMention> Find(IReadOnlyList<string> words)
    {
        var found = new List<NumberMention>();
        for (var i = 0; i < words.Count;)
        {
            if (TryRead(words, i, out var mention) && !IsPointingOne(words, i))
            {
                found.Add(mention);
                i = mention.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>"the black one", "that one": a choice, not a count.</summary>
    private static bool IsPointingOne(IReadOnlyList<string> words, int i)
    {
        if (words[i] != "one")
        {
            return false;
        }

        for (var back = i - 1; back >= Math.Max(0, i - 3); back--)
        {
            if (NotCounting.Contains(words[back]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a couple of dozen" is 24.</summary>
    private static NumberMention Dozens(IReadOnlyList<string> words, NumberMention mention) =>
        mention.End < words.Count && words[mention.End] == "dozen" ? mention with { End = mention.End + 1, Value = mention.Value * 12 } : mention;

    private static bool TryRead(IReadOnlyList<string> words, int start, out NumberMention mention)
    {
        mention = default;
        string At(int i) => i < words.Count ? words[i] : "";

        // Idioms first: they start with words that are not numbers on their own.
        if (At(start) == "half" && At(start + 1) == "a" && At(start + 2) == "dozen")
        {
            mention = new NumberMention(start, start + 3, 6);
            return true;
        }

        if (At(start) == "a" && At(start + 1) == "couple")
        {
            mention = Dozens(words, new NumberMention(start, At(start + 2) == "of" ? start + 3 : start + 2, 2));
            return true;
        }

        if (At(start) == "couple" && At(start + 1) == "of")
        {
            mention = Dozens(words, new NumberMention(start, start + 2, 2));
            return true;
        }

        if (At(start) == "a" && At(start + 1) == "dozen")
        {
            mention = new NumberMention(start, start + 2, 12);
            return true;
        }

        if (At(start) == "dozen")
        {
            mention = new NumberMention(start, start + 1, 12);
            return true;
        }

        if (At(start) is var digits && digits.Length > 0 && char.IsAsciiDigit(digits[0])
            && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var end = start + 1;
            if (At(end) == "dozen")
            {
                value *= 12;
                end++;
            }

            mention = new NumberMention(start, end, value);
            return true;
        }

        // Spelled numbers: "a hundred and fifty", "twenty five", "two thousand".
        var i = start;
        long total = 0;
        long current = 0;
        var any = false;
        if (At(i) == "a" && At(i + 1) is "hundred" or "thousand")
        {
            current = 1;
            i++;
        }

        var lastWasUnit = false;
        var lastWasTen = false;
        while (i < words.Count)
        {
            var word = words[i];
            if (Units.TryGetValue(word, out var unit))
            {
                if (any && (lastWasUnit || (lastWasTen && unit >= 10)))
                {
                    break;
                }

                current += unit;
                (lastWasUnit, lastWasTen) = (true, false);
            }
            else if (Tens.TryGetValue(word, out var ten))
            {
                if (any && (lastWasUnit || lastWasTen))
                {
                    break;
                }

                current += ten;
                (lastWasUnit, lastWasTen) = (false, true);
            }
            else if (word == "hundred" && (any || current == 1))
            {
                current = Math.Max(current, 1) * 100;
                (lastWasUnit, lastWasTen) = (false, false);
            }
            else if (word == "thousand" && (any || current == 1))
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
                (lastWasUnit, lastWasTen) = (false, false);
            }
            else if (word == "and" && any && (current >= 100 || total > 0) && (Units.ContainsKey(At(i + 1)) || Tens.ContainsKey(At(i + 1))))
            {
                i++;
                continue;
            }
            else if (word == "dozen" && any)
            {
                current *= 12;
                i++;
                break;
            }
            else
            {
                break;
            }

            any = true;
            i++;
        }

        if (!any)
        {
            return false;
        }

        mention = new NumberMention(start, i, total + current);
        return true;
    }
}

/// <summary>A number heard in words <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public readonly record struct NumberMention(int Start, int End, decimal Value);
