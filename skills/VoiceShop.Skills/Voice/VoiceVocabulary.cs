using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Model;
using VoiceShop.Speech.Recognition;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// What the offline recogniser listens for, built from the interaction model and the catalog: every sample
/// utterance of every intent (and every slot's sample answers), with products filled in from the catalog's
/// names and synonyms and numbers spoken as words. A phrasing added to the model is then heard by the voice
/// channel as well as understood by it.
/// </summary>
public static class VoiceVocabulary
{
    /// <summary>The prices a shopper names as a limit, in words ("under twenty dollars").</summary>
    private static readonly IReadOnlyList<string> Prices =
        ["five", "ten", "fifteen", "twenty", "twenty five", "thirty", "forty", "fifty", "a hundred"];

    /// <summary>The grammar of <paramref name="model"/>'s samples with <paramref name="catalog"/>'s products.</summary>
    public static CommandGrammar Grammar(InteractionModel model, IEnumerable<Product> catalog)
    {
        var templates = model.Intents
            .SelectMany(intent => intent.Samples.Concat(intent.Slots.SelectMany(slot => slot.Samples)))
            .ToList();
        var products = catalog.SelectMany(p => p.Synonyms.Prepend(p.Name)).Select(CommandGrammar.Normalize).Where(n => n.Length > 0).Distinct().ToList();
        var values = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var slot in model.Slots)
        {
            values[slot.Name] = slot.Kind switch
            {
                SlotKind.Catalog => products,
                SlotKind.Number => CommandGrammar.SpokenNumbers(1, 12),
                SlotKind.Amount => Prices,
                SlotKind.Digits => FourDigitCodes(),
                SlotKind.Ordinal => [.. OrdinalSlotValues.All.SelectMany(v => v.Synonyms.Prepend(v.Value))],
                _ => throw new InvalidOperationException($"No spoken values for slot kind {slot.Kind}."),
            };
        }

        return new CommandGrammar(templates, values);
    }

    /// <summary>Ten codes in which every digit follows every position once, so the trigrams cover any code's digits.</summary>
    private static IReadOnlyList<string> FourDigitCodes()
    {
        var digits = CommandGrammar.SpokenNumbers(0, 9);
        return [.. Enumerable.Range(0, 10).Select(first => string.Join(' ', Enumerable.Range(first, 4).Select(d => digits[d % 10])))];
    }
}
