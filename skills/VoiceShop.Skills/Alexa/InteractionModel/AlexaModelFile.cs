using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Alexa.InteractionModel;

/// <summary>
/// <c>skill-package/interactionModels/custom/&lt;locale&gt;.json</c> in the Alexa Skills Kit format: plain
/// types that mirror the JSON one to one, written by the source-generated <see cref="AlexaModelJsonContext"/>.
/// </summary>
public sealed record AlexaModelFile([property: JsonPropertyName("interactionModel")] AlexaInteractionModel InteractionModel);

public sealed record AlexaInteractionModel(
    [property: JsonPropertyName("languageModel")] AlexaLanguageModel LanguageModel,
    [property: JsonPropertyName("dialog")] AlexaDialog Dialog,
    [property: JsonPropertyName("prompts")] IReadOnlyList<AlexaPrompt> Prompts);

public sealed record AlexaLanguageModel(
    [property: JsonPropertyName("invocationName")] string InvocationName,
    [property: JsonPropertyName("intents")] IReadOnlyList<AlexaModelIntent> Intents,
    [property: JsonPropertyName("types")] IReadOnlyList<AlexaSlotType> Types);

public sealed record AlexaModelIntent(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("slots")] IReadOnlyList<AlexaModelSlot> Slots,
    [property: JsonPropertyName("samples")] IReadOnlyList<string> Samples);

public sealed record AlexaModelSlot(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("samples")] IReadOnlyList<string> Samples);

public sealed record AlexaSlotType(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("values")] IReadOnlyList<AlexaSlotTypeValue> Values);

public sealed record AlexaSlotTypeValue(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] AlexaSlotTypeName Name);

public sealed record AlexaSlotTypeName(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("synonyms")] IReadOnlyList<string> Synonyms);

public sealed record AlexaDialog(
    [property: JsonPropertyName("delegationStrategy")] string DelegationStrategy,
    [property: JsonPropertyName("intents")] IReadOnlyList<AlexaDialogIntent> Intents);

public sealed record AlexaDialogIntent(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("confirmationRequired")] bool ConfirmationRequired,
    [property: JsonPropertyName("prompts")] IReadOnlyDictionary<string, string> Prompts,
    [property: JsonPropertyName("slots")] IReadOnlyList<AlexaDialogSlot> Slots);

public sealed record AlexaDialogSlot(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("elicitationRequired")] bool ElicitationRequired,
    [property: JsonPropertyName("confirmationRequired")] bool ConfirmationRequired,
    [property: JsonPropertyName("prompts")] IReadOnlyDictionary<string, string> Prompts);

public sealed record AlexaPrompt(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("variations")] IReadOnlyList<AlexaPromptVariation> Variations);

public sealed record AlexaPromptVariation(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);

/// <summary>Source-generated JSON for the interaction model file, indented because people diff and read it.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(AlexaModelFile))]
public sealed partial class AlexaModelJsonContext : JsonSerializerContext;
