using System.Text.RegularExpressions;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Turns a model sample ("buy {quantity} {product} please") into training phrase parts: literal text, and an
/// example value annotated with its parameter id for each slot. The spaces stay in the literal parts, so the
/// parts joined are exactly the phrase Dialogflow trains on.
/// </summary>
public static partial class CxTrainingPhrases
{
    /// <summary>
    /// The parts of <paramref name="sample"/>; <paramref name="example"/> gives the value for a slot name and
    /// throws for a slot the intent does not declare.
    /// </summary>
    public static IReadOnlyList<CxPhrasePart> Parts(string sample, Func<string, string> example)
    {
        var parts = new List<CxPhrasePart>();
        var at = 0;
        foreach (Match slot in SlotReference().Matches(sample))
        {
            if (slot.Index > at)
            {
                parts.Add(new CxPhrasePart(sample[at..slot.Index]));
            }

            var name = slot.Groups[1].Value;
            parts.Add(new CxPhrasePart(example(name), name));
            at = slot.Index + slot.Length;
        }

        if (at < sample.Length)
        {
            parts.Add(new CxPhrasePart(sample[at..]));
        }

        return parts;
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex SlotReference();
}
