using System.Globalization;
using VoiceShop.Speech.Recognition;

namespace VoiceShop.Speech.Tests;

/// <summary>The offline recogniser's grammar and the ARPA language model our own code writes from it.</summary>
public sealed class RecognitionGrammarTests
{
    [Fact]
    public void Templates_are_filled_with_every_slot_value_and_each_template_weighs_one()
    {
        var grammar = new CommandGrammar(
            ["Buy {product}!", "yes", "{product}"],
            new Dictionary<string, IReadOnlyList<string>> { ["product"] = ["Oat-milk", "coffee pods"] });

        Assert.Equal(["buy oat milk", "buy coffee pods", "yes", "oat milk", "coffee pods"], grammar.Phrases);
        Assert.Equal(0.5, grammar.Weight("buy oat milk"));
        Assert.Equal(1, grammar.Weight("yes"));
        Assert.Equal(0, grammar.Weight("buy"));
    }

    [Fact]
    public void A_bare_slot_value_is_an_answer_not_a_command_unless_a_command_says_it_too()
    {
        var grammar = new CommandGrammar(
            ["buy {product}", "the {product}", "{product}", "help"],
            new Dictionary<string, IReadOnlyList<string>> { ["product"] = ["coffee pods", "help"] });

        Assert.True(grammar.IsCommand("buy coffee pods"));
        Assert.False(grammar.IsCommand("coffee pods"));
        Assert.False(grammar.IsCommand("the coffee pods"));
        Assert.True(grammar.IsCommand("help"));
        Assert.False(grammar.IsCommand("play some jazz"));
    }

    [Fact]
    public void A_slot_without_values_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new CommandGrammar(["buy {product}"], new Dictionary<string, IReadOnlyList<string>>()));

        Assert.Contains("{product}", error.Message);
    }

    [Fact]
    public void Numbers_are_spelled_as_spoken()
    {
        Assert.Equal(["nine", "ten", "twenty", "twenty one"], CommandGrammar.SpokenNumbers(9, 21).Where((_, i) => i is 0 or 1 or 11 or 12));
    }

    [Fact]
    public void The_arpa_model_counts_its_ngrams_and_every_context_sums_to_one()
    {
        var grammar = new CommandGrammar(["where is my order", "where is my package", "yes", "buy {product}"],
            new Dictionary<string, IReadOnlyList<string>> { ["product"] = ["oat milk", "coffee pods", "zorblax"] });

        var model = ArpaModel.Parse(NgramLanguageModel.ToArpa(grammar, word => word != "zorblax"));

        Assert.Equal(model.Grams[1].Count, model.Declared[1]);
        Assert.Equal(model.Grams[2].Count, model.Declared[2]);
        Assert.Equal(model.Grams[3].Count, model.Declared[3]);
        Assert.DoesNotContain("zorblax", model.Grams[1].Keys);
        Assert.Contains("where is my", model.Grams[3].Keys);
        var vocabulary = model.Grams[1].Keys.Where(w => w != "<s>").ToList();
        foreach (var history in new[] { "<s>", "my", "<s> where", "is my", "buy", "coffee pods" })
        {
            Assert.InRange(vocabulary.Sum(w => model.Probability(history + " " + w)), 0.999, 1.001);
        }

        Assert.True(model.Probability("<s> yes") > model.Probability("<s> order"));
    }

    /// <summary>An independent reader of ARPA files: back-off probabilities by the format's definition.</summary>
    private sealed record ArpaModel(Dictionary<int, int> Declared, Dictionary<int, Dictionary<string, (double Log, double BackoffLog)>> Grams)
    {
        public static ArpaModel Parse(string arpa)
        {
            var declared = new Dictionary<int, int>();
            var grams = new Dictionary<int, Dictionary<string, (double, double)>> { [1] = [], [2] = [], [3] = [] };
            var order = 0;
            foreach (var line in arpa.Split('\n'))
            {
                if (line.StartsWith("ngram ", StringComparison.Ordinal))
                {
                    var parts = line[6..].Split('=');
                    declared[int.Parse(parts[0], CultureInfo.InvariantCulture)] = int.Parse(parts[1], CultureInfo.InvariantCulture);
                }
                else if (line.EndsWith("-grams:", StringComparison.Ordinal))
                {
                    order = line[1] - '0';
                }
                else if (order > 0 && line.Length > 0 && line != "\\end\\")
                {
                    var fields = line.Split(' ');
                    var gram = string.Join(' ', fields.Skip(1).Take(order));
                    var backoff = fields.Length > order + 1 ? double.Parse(fields[^1], CultureInfo.InvariantCulture) : 0;
                    grams[order][gram] = (double.Parse(fields[0], CultureInfo.InvariantCulture), backoff);
                }
            }

            return new ArpaModel(declared, grams);
        }

        public double Probability(string gram)
        {
            var words = gram.Split(' ');
            if (words.Length > 3)
            {
                words = words[^3..];
            }

            var key = string.Join(' ', words);
            if (Grams[words.Length].TryGetValue(key, out var entry))
            {
                return Math.Pow(10, entry.Log);
            }

            var history = string.Join(' ', words[..^1]);
            var backoff = Grams[words.Length - 1].TryGetValue(history, out var h) ? h.BackoffLog : 0;
            return Math.Pow(10, backoff) * Probability(string.Join(' ', words[1..]));
        }
    }
}
