using VoiceShop.Intents.Model;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Example values put where a sample says <c>{slot}</c>: Dialogflow learns from annotated examples, not
/// placeholders. Products cycle through the catalog so the training phrases name many real products;
/// numbers mix words and digits because typed chat sends digits and speech recognizers send either.
/// </summary>
public sealed class CxSlotExamples
{
    private static readonly string[] Numbers = ["two", "3", "four", "6", "twelve"];
    private static readonly string[] Amounts = ["twenty", "15", "fifty", "100"];
    private static readonly string[] Codes = ["1234", "4815", "0279"];
    private static readonly string[] Ordinals = ["second", "cheaper", "last", "first"];

    private readonly IReadOnlyList<string> _products;

    /// <param name="products">The catalog's slot values; at least one, or no phrase could name a product.</param>
    public CxSlotExamples(IReadOnlyList<SlotTypeValue> products)
    {
        if (products.Count == 0)
        {
            throw new ArgumentException("The catalog has no products, so no training phrase can name one.", nameof(products));
        }

        _products = products.Select(p => p.Value).ToList();
    }

    /// <summary>The <paramref name="index"/>th example of a <paramref name="kind"/> slot (cycling).</summary>
    public string Example(SlotKind kind, int index) => kind switch
    {
        SlotKind.Catalog => Cycle(_products, index),
        SlotKind.Number => Cycle(Numbers, index),
        SlotKind.Amount => Cycle(Amounts, index),
        SlotKind.Digits => Cycle(Codes, index),
        SlotKind.Ordinal => Cycle(Ordinals, index),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No example values for this kind."),
    };

    private static string Cycle(IReadOnlyList<string> values, int index) => values[index % values.Count];
}
