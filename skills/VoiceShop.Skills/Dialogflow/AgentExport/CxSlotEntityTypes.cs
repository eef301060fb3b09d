using VoiceShop.Intents.Model;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Which Dialogflow entity type fills a slot of each neutral kind: catalog slots the agent's own product
/// entity type, counts and amounts <c>@sys.number</c> (the model's samples keep "dollars" outside the slot, as
/// Alexa's AMAZON.NUMBER does), and the voice code <c>@sys.number-sequence</c>, which keeps leading zeros.
/// </summary>
public static class CxSlotEntityTypes
{
    /// <summary>The display name of the entity type generated from the catalog.</summary>
    public const string ProductEntityType = "product";

    /// <summary>The display name of the entity type for choosing from a list ("second", "cheaper").</summary>
    public const string OrdinalEntityType = "list-choice";

    /// <summary>The prefix that marks Dialogflow's own (system) entity types in an export.</summary>
    public const string SystemPrefix = "@sys.";

    /// <summary>The entity type reference, as exports write it (<c>@product</c>, <c>@sys.number</c>).</summary>
    public static string Reference(SlotKind kind) => kind switch
    {
        SlotKind.Catalog => "@" + ProductEntityType,
        SlotKind.Number or SlotKind.Amount => SystemPrefix + "number",
        SlotKind.Digits => SystemPrefix + "number-sequence",
        SlotKind.Ordinal => "@" + OrdinalEntityType,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No Dialogflow entity type for this kind."),
    };

    /// <summary>Whether Dialogflow should redact the value from its logs: the voice code is a secret.</summary>
    public static bool IsSecret(SlotKind kind) => kind == SlotKind.Digits;
}
