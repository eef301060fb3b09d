using System.Globalization;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Cli.Nlu;

/// <summary>
/// Scores an <see cref="IUtteranceInterpreter"/> on labelled utterances: intent accuracy, per-intent
/// precision and recall, slot accuracies and the most common confusions. An utterance passes when its
/// intent is right (or one of its accepted alternatives) and every slot is right, including slots that
/// must not be there ("size ten" is no quantity).
/// </summary>
public sealed class NluEvaluation
{
    private NluEvaluation(IReadOnlyList<Outcome> outcomes) => Outcomes = outcomes;

    /// <summary>Each utterance with what was understood.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; }

    public double IntentAccuracy => Ratio(Outcomes.Count(o => o.IntentRight), Outcomes.Count);

    public double ProductAccuracy => Ratio(ProductChecked.Count(o => o.ProductRight), ProductChecked.Count());

    public double QuantityAccuracy => Ratio(QuantityChecked.Count(o => o.QuantityRight), QuantityChecked.Count());

    public double PriceAccuracy => Ratio(PriceChecked.Count(o => o.PriceRight), PriceChecked.Count());

    public int Passed => Outcomes.Count(o => o.Passed);

    public int Failed => Outcomes.Count - Passed;

    private IEnumerable<Outcome> ProductChecked => Outcomes.Where(o => o.Expected.Product is not null);

    private IEnumerable<Outcome> QuantityChecked => Outcomes.Where(o => o.Expected.Quantity is not null || o.Quantity is not null);

    private IEnumerable<Outcome> PriceChecked => Outcomes.Where(o => o.Expected.MaxPrice is not null || o.MaxPrice is not null);

    /// <summary>Precision of <paramref name="intent"/>: of the utterances given that intent, the share that meant it.</summary>
    public double Precision(string intent) =>
        Ratio(Outcomes.Count(o => o.Predicted == intent && o.IntentRight), Outcomes.Count(o => o.Predicted == intent));

    /// <summary>Recall of <paramref name="intent"/>: of the utterances that meant it, the share given it.</summary>
    public double Recall(string intent) =>
        Ratio(Outcomes.Count(o => o.Expected.Intent == intent && o.IntentRight), Outcomes.Count(o => o.Expected.Intent == intent));

    /// <summary>Runs every utterance through <paramref name="interpreter"/>.</summary>
    public static NluEvaluation Run(IUtteranceInterpreter interpreter, IReadOnlyList<LabelledUtterance> utterances) =>
        new(utterances.Select(u =>
        {
            var meaning = interpreter.Interpret(u.Text, u.State, "en-US");
            var product = meaning.Slots.GetValueOrDefault(SlotNames.Product)?.ResolvedId;
            var quantity = meaning.Slots.GetValueOrDefault(SlotNames.Quantity)?.Spoken is { } q && int.TryParse(q, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            var price = meaning.Slots.GetValueOrDefault(SlotNames.MaxPrice)?.Spoken is { } p && decimal.TryParse(p, CultureInfo.InvariantCulture, out var m) ? m : (decimal?)null;
            return new Outcome(u, meaning.IntentName, meaning.Confidence, product, quantity, price);
        }).ToList());

    /// <summary>The report printed by <c>voiceshop eval-nlu</c>.</summary>
    public void Print(TextWriter output, bool verbose = false)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(f, $"utterances: {Outcomes.Count}"));
        output.WriteLine(string.Create(f, $"intent accuracy: {IntentAccuracy:P1} ({Outcomes.Count(o => o.IntentRight)}/{Outcomes.Count})"));
        output.WriteLine(string.Create(f, $"product accuracy: {ProductAccuracy:P1} ({ProductChecked.Count(o => o.ProductRight)}/{ProductChecked.Count()})"));
        output.WriteLine(string.Create(f, $"quantity accuracy: {QuantityAccuracy:P1} ({QuantityChecked.Count(o => o.QuantityRight)}/{QuantityChecked.Count()})"));
        output.WriteLine(string.Create(f, $"price accuracy: {PriceAccuracy:P1} ({PriceChecked.Count(o => o.PriceRight)}/{PriceChecked.Count()})"));
        output.WriteLine(string.Create(f, $"out-of-scope precision: {Precision(IntentNames.Fallback):P1}, recall: {Recall(IntentNames.Fallback):P1} ({Outcomes.Count(o => o.Expected.Intent == IntentNames.Fallback)} out of scope)"));
        output.WriteLine();
        output.WriteLine(string.Create(f, $"{"intent",-20} {"accuracy",9} {"precision",9} {"recall",7} {"support",7}"));
        foreach (var intent in Outcomes.Select(o => o.Expected.Intent).Concat(Outcomes.Select(o => o.Predicted)).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(f, $"{intent,-20} {Recall(intent),9:P1} {Precision(intent),9:P1} {Recall(intent),7:P1} {Outcomes.Count(o => o.Expected.Intent == intent),7}"));
        }

        PrintConfusionTable(output);

        output.WriteLine();
        output.WriteLine("top confusions (expected -> understood):");
        var confusions = Outcomes.Where(o => !o.IntentRight)
            .GroupBy(o => (o.Expected.Intent, o.Predicted))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Intent, StringComparer.Ordinal)
            .Take(8)
            .ToList();
        if (confusions.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var group in confusions)
        {
            output.WriteLine(string.Create(f, $"  {group.Count(),3}  {group.Key.Intent} -> {group.Key.Predicted}: {string.Join("; ", group.Take(3).Select(o => $"\"{o.Expected.Text}\""))}"));
        }

        output.WriteLine();
        output.WriteLine(verbose ? "every utterance:" : "failures:");
        foreach (var o in Outcomes.Where(o => verbose || !o.Passed))
        {
            output.WriteLine(string.Create(f, $"  {(o.Passed ? "ok  " : "FAIL")} line {o.Expected.Line}: \"{o.Expected.Text}\" expected {Describe(o.Expected.Intent, o.Expected.Product, o.Expected.Quantity, o.Expected.MaxPrice)}, got {Describe(o.Predicted, o.Product, o.Quantity, o.MaxPrice)} ({o.Confidence:0.00})"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(f, $"{Passed} passed, {Failed} failed"));
    }

    /// <summary>Rows are the intents meant, columns the intents understood (by abbreviation); an accepted alternative counts as meant.</summary>
    private void PrintConfusionTable(TextWriter output)
    {
        var intents = Outcomes.Select(o => o.Expected.Intent).Concat(Outcomes.Select(o => o.Predicted)).Distinct().Order(StringComparer.Ordinal).ToList();
        var f = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("confusion table (rows: meant, columns: understood):");
        output.WriteLine(string.Create(f, $"{"",-20}") + string.Concat(intents.Select(i => string.Create(f, $" {Abbreviation(i),5}"))));
        foreach (var meant in intents.Where(i => Outcomes.Any(o => o.Expected.Intent == i)))
        {
            var row = intents.Select(understood => Outcomes.Count(o => o.Expected.Intent == meant && (o.IntentRight ? meant : o.Predicted) == understood));
            output.WriteLine(string.Create(f, $"{meant,-20}") + string.Concat(row.Select(n => string.Create(f, $" {(n == 0 ? "." : n.ToString(f)),5}"))));
        }
    }

    /// <summary>"OrderStatusIntent" is "OrdSt": the first letters of its words, up to five characters.</summary>
    private static string Abbreviation(string intent)
    {
        var name = intent.EndsWith("Intent", StringComparison.Ordinal) ? intent[..^"Intent".Length] : intent;
        var words = System.Text.RegularExpressions.Regex.Split(name, "(?<!^)(?=[A-Z])");
        return words.Length == 1 ? name[..Math.Min(5, name.Length)] : string.Concat(words.Select(w => w[..Math.Min(5 / words.Length + 1, w.Length)]))[..Math.Min(5, name.Length)];
    }

    private static string Describe(string intent, string? product, int? quantity, decimal? price) =>
        intent + (product is null ? "" : $" product={product}") + (quantity is null ? "" : $" quantity={quantity}") +
        (price is null ? "" : string.Create(CultureInfo.InvariantCulture, $" max_price={price}"));

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>What was understood for one labelled utterance.</summary>
    public sealed record Outcome(LabelledUtterance Expected, string Predicted, double Confidence, string? Product, int? Quantity, decimal? MaxPrice)
    {
        public bool IntentRight => Predicted == Expected.Intent || Expected.Accept.Contains(Predicted);

        public bool ProductRight => Expected.Product is null || Expected.Product == Product;

        public bool QuantityRight => Expected.Quantity == Quantity;

        public bool PriceRight => Expected.MaxPrice == MaxPrice;

        public bool Passed => IntentRight && ProductRight && QuantityRight && PriceRight;
    }
}
