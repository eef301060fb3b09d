using System.Text.Json;

namespace VoiceShop.Intents.Model;

/// <summary>
/// The one source of what shoppers can say: intents, their slots and sample utterances, written once per
/// locale (<c>Model/en-US.model.json</c>) in platform-neutral terms. Every platform export (Alexa, Dialogflow)
/// and our own understanding of free text read this, so a phrasing added here is heard everywhere.
/// </summary>
/// <param name="Locale">The locale the samples are written in.</param>
/// <param name="InvocationName">What shoppers say to open the skill ("voice shop").</param>
/// <param name="Slots">Every slot, by neutral kind; platforms map kinds to their own types.</param>
/// <param name="Intents">Commerce intents first, then the built-ins (marked <see cref="ModelIntent.BuiltIn"/>).</param>
/// <param name="OutOfScopeSamples">Requests we do not serve, so that our own understanding can say no instead of guessing; platforms train their fallback themselves.</param>
public sealed record InteractionModel(
    string Locale,
    string InvocationName,
    IReadOnlyList<ModelSlot> Slots,
    IReadOnlyList<ModelIntent> Intents,
    IReadOnlyList<string> OutOfScopeSamples)
{
    private static readonly Lazy<InteractionModel> ShippedModel = new(() => Load());

    /// <summary>
    /// The shipped en-US model, read once: what routing tables that do not vary by locale (Dialogflow's
    /// fulfillment tags, which intents only read) are derived from.
    /// </summary>
    public static InteractionModel Shipped => ShippedModel.Value;

    /// <summary>The model shipped for <paramref name="locale"/>.</summary>
    public static InteractionModel Load(string locale = "en-US")
    {
        var resource = $"VoiceShop.Intents.Model.{locale}.model.json";
        using var stream = typeof(InteractionModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"No interaction model for locale {locale}.", nameof(locale));
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        return Read(locale, document.RootElement);
    }

    /// <summary>The intent called <paramref name="name"/> (a neutral name from <see cref="Conversation.IntentNames"/>).</summary>
    public ModelIntent Intent(string name) => Intents.Single(i => i.Name == name);

    /// <summary>The slot definition called <paramref name="name"/>.</summary>
    public ModelSlot Slot(string name) => Slots.Single(s => s.Name == name);

    /// <summary>
    /// The intents that name a product (take a <see cref="SlotKind.Catalog"/> slot) and are our own: a product
    /// heard in a turn can switch the conversation to one of them.
    /// </summary>
    public IEnumerable<ModelIntent> ProductIntents =>
        Intents.Where(i => !i.BuiltIn && i.Slots.Any(s => Slot(s.Name).Kind == SlotKind.Catalog));

    private static InteractionModel Read(string locale, JsonElement root)
    {
        var slots = root.GetProperty("slots").EnumerateArray()
            .Select(s => new ModelSlot(s.GetProperty("name").GetString()!, ParseKind(s.GetProperty("kind").GetString())))
            .ToList();
        var intents = root.GetProperty("intents").EnumerateArray().Select(ReadIntent).ToList();
        return new InteractionModel(locale, root.GetProperty("invocationName").GetString()!, slots, intents, Strings(root, "outOfScope"));
    }

    private static ModelIntent ReadIntent(JsonElement intent)
    {
        var slots = intent.TryGetProperty("slots", out var slotArray)
            ? slotArray.EnumerateArray().Select(s => new ModelIntentSlot(
                s.GetProperty("name").GetString()!,
                s.TryGetProperty("required", out var required) && required.GetBoolean(),
                s.TryGetProperty("elicitationPrompt", out var prompt) ? prompt.GetString() : null,
                Strings(s, "samples"))).ToList()
            : [];
        return new ModelIntent(
            intent.GetProperty("name").GetString()!,
            intent.TryGetProperty("builtIn", out var builtIn) && builtIn.GetBoolean(),
            slots,
            Strings(intent, "samples"),
            intent.TryGetProperty("confirmationPrompt", out var confirmation) ? confirmation.GetString() : null,
            intent.TryGetProperty("dialogflowTag", out var tag) ? tag.GetString() : null,
            intent.TryGetProperty("readOnly", out var readOnly) && readOnly.GetBoolean());
    }

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(s => s.GetString()!).ToList() : [];

    private static SlotKind ParseKind(string? kind) => kind switch
    {
        "catalog" => SlotKind.Catalog,
        "number" => SlotKind.Number,
        "amount" => SlotKind.Amount,
        "digits" => SlotKind.Digits,
        "ordinal" => SlotKind.Ordinal,
        _ => throw new InvalidOperationException($"Unknown slot kind \"{kind}\" in the interaction model."),
    };
}

/// <summary>
/// One thing a shopper can ask. <see cref="BuiltIn"/> intents exist on every platform already (Alexa's
/// AMAZON.HelpIntent); our samples for them only extend the platform's own training.
/// </summary>
/// <param name="Name">The neutral intent name, as in <see cref="Conversation.IntentNames"/>.</param>
/// <param name="BuiltIn">Whether the platform provides the intent itself.</param>
/// <param name="Slots">The slots the intent takes, with how to ask for them.</param>
/// <param name="Samples">Sample utterances; slots appear as <c>{name}</c>, words spelled as spoken (no digits or symbols).</param>
/// <param name="ConfirmationPromptKey">The prompt (in <c>Prompts/&lt;locale&gt;.json</c>) that confirms the whole intent, for intents that spend or cancel money.</param>
/// <param name="DialogflowTag">The fulfillment tag a Dialogflow route sets to run the intent (<c>dialogflowTag</c>); null when no route runs it.</param>
/// <param name="ReadOnly">
/// Whether answering the intent only reads (<c>readOnly</c>): a platform's retry of it is simply answered
/// again, while a turn that may write (a yes places an order) is answered once per request id.
/// </param>
public sealed record ModelIntent(
    string Name,
    bool BuiltIn,
    IReadOnlyList<ModelIntentSlot> Slots,
    IReadOnlyList<string> Samples,
    string? ConfirmationPromptKey,
    string? DialogflowTag = null,
    bool ReadOnly = false)
{
    /// <summary>Whether the platform should read the intent back for a yes before it is handled.</summary>
    public bool RequiresConfirmation => ConfirmationPromptKey is not null;
}

/// <summary>A slot as an intent uses it: whether it must be filled, how to ask for it, and what answers sound like.</summary>
public sealed record ModelIntentSlot(string Name, bool Required, string? ElicitationPromptKey, IReadOnlyList<string> Samples);

/// <summary>A slot and its neutral kind.</summary>
public sealed record ModelSlot(string Name, SlotKind Kind);

/// <summary>What a slot holds, in terms every platform can map to its own types.</summary>
public enum SlotKind
{
    /// <summary>A product from the catalog: values, synonyms and SKU ids come from the catalog itself.</summary>
    Catalog,

    /// <summary>A whole number (Alexa AMAZON.NUMBER, Dialogflow @sys.number).</summary>
    Number,

    /// <summary>An amount of money (Alexa AMAZON.NUMBER, Dialogflow @sys.unit-currency).</summary>
    Amount,

    /// <summary>A short code said digit by digit, such as the voice code (Alexa AMAZON.FOUR_DIGIT_NUMBER).</summary>
    Digits,

    /// <summary>Which of the products just read out ("second", "cheaper"): our own type, <see cref="OrdinalSlotValues"/>.</summary>
    Ordinal,
}
