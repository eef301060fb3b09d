using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;

namespace VoiceShop.Skills.Alexa.InteractionModel;

/// <summary>
/// Turns the neutral <see cref="Intents.Model.InteractionModel"/> and the catalog into Alexa's interaction
/// model. Built-in intents get Amazon's names, catalog slots a custom type filled from the catalog (SKU as id,
/// so entity resolution hands the handlers a SKU), and the dialog model delegates to the skill, which reads
/// purchases back itself, with the intent confirmation prompts present for Alexa-managed dialogs.
/// </summary>
public static class AlexaModelExporter
{
    /// <summary>The Alexa type name of the catalog slot type.</summary>
    public const string ProductTypeName = "PRODUCT";

    /// <summary>The Alexa type name of the ordinal slot type ("the second one", "the cheaper one").</summary>
    public const string OrdinalTypeName = "LIST_CHOICE";

    private const string AmazonPrefix = "AMAZON.";

    /// <summary>The Alexa model for <paramref name="model"/>, its slot types filled from <paramref name="catalog"/>.</summary>
    public static AlexaModelFile Export(Intents.Model.InteractionModel model, IEnumerable<Product> catalog, PromptBook prompts)
    {
        var intents = model.Intents.Select(i => new AlexaModelIntent(
            AlexaIntentName(i),
            i.Slots.Select(s => new AlexaModelSlot(s.Name, AlexaSlotType(model.Slot(s.Name).Kind), s.Samples)).ToList(),
            i.Samples)).ToList();
        var types = new List<AlexaSlotType>
        {
            new(ProductTypeName, CatalogSlotValues.From(catalog)
                .Select(v => new AlexaSlotTypeValue(v.Id, new AlexaSlotTypeName(v.Value, v.Synonyms)))
                .ToList()),
            new(OrdinalTypeName, OrdinalSlotValues.All
                .Select(v => new AlexaSlotTypeValue(v.Id, new AlexaSlotTypeName(v.Value, v.Synonyms)))
                .ToList()),
        };

        var alexaPrompts = new List<AlexaPrompt>();
        var dialogIntents = new List<AlexaDialogIntent>();
        foreach (var intent in model.Intents.Where(i => i.RequiresConfirmation || i.Slots.Any(s => s.Required)))
        {
            var intentPrompts = new Dictionary<string, string>();
            if (intent.ConfirmationPromptKey is { } confirmKey)
            {
                var id = $"Confirm.Intent.{intent.Name}";
                alexaPrompts.Add(Prompt(id, prompts.Text(model.Locale, confirmKey, AlexaTurnMapper.Platform, brief: false)));
                intentPrompts["confirmation"] = id;
            }

            var slots = intent.Slots.Select(slot =>
            {
                var slotPrompts = new Dictionary<string, string>();
                if (slot.Required && slot.ElicitationPromptKey is { } elicitKey)
                {
                    var id = $"Elicit.Slot.{intent.Name}.{slot.Name}";
                    alexaPrompts.Add(Prompt(id, prompts.Text(model.Locale, elicitKey, AlexaTurnMapper.Platform, brief: false)));
                    slotPrompts["elicitation"] = id;
                }

                return new AlexaDialogSlot(slot.Name, AlexaSlotType(model.Slot(slot.Name).Kind), slot.Required, ConfirmationRequired: false, slotPrompts);
            }).ToList();
            dialogIntents.Add(new AlexaDialogIntent(intent.Name, intent.RequiresConfirmation, intentPrompts, slots));
        }

        return new AlexaModelFile(new AlexaInteractionModel(
            new AlexaLanguageModel(model.InvocationName, intents, types),
            new AlexaDialog("SKILL_RESPONSE", dialogIntents),
            alexaPrompts));
    }

    /// <summary>Alexa's name for a neutral intent: built-ins are Amazon's ("HelpIntent" is "AMAZON.HelpIntent").</summary>
    public static string AlexaIntentName(ModelIntent intent) => intent.BuiltIn ? AmazonPrefix + intent.Name : intent.Name;

    private static string AlexaSlotType(SlotKind kind) => kind switch
    {
        SlotKind.Catalog => ProductTypeName,
        SlotKind.Number or SlotKind.Amount => "AMAZON.NUMBER",
        SlotKind.Digits => "AMAZON.FOUR_DIGIT_NUMBER",
        SlotKind.Ordinal => OrdinalTypeName,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No Alexa slot type for this kind."),
    };

    private static AlexaPrompt Prompt(string id, string text) => new(id, [new AlexaPromptVariation("PlainText", text)]);
}
