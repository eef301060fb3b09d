using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Turns the neutral <see cref="Intents.Model.InteractionModel"/> (the one the Alexa export reads) and the
/// catalog into a Dialogflow CX agent: one intent per model intent with annotated training phrases, the product
/// entity type from the catalog, and a start flow whose routes only call the webhook with the fulfillment tag of
/// the model entry's <c>dialogflowTag</c> (what <see cref="DialogflowRouting"/> reads), so every decision stays in the conversation engine.
/// </summary>
public static class CxAgentExporter
{
    /// <summary>The display name of the exported webhook, which every route calls.</summary>
    public const string WebhookName = "voiceshop";

    /// <summary>The flow a session starts in; its start page holds the routes.</summary>
    public const string StartFlowName = "Default Start Flow";

    /// <summary>The intent Dialogflow matches when a conversation opens.</summary>
    public const string WelcomeIntentName = "Default Welcome Intent";

    /// <summary>Dialogflow's fallback intent: its phrases are negative examples, requests the agent must not match.</summary>
    public const string NegativeIntentName = "Default Negative Intent";

    /// <summary>The flow events on which the webhook's fallback answers: nothing matched, or nothing was heard.</summary>
    public static readonly IReadOnlyList<string> FallbackEvents = ["sys.no-match-default", "sys.no-input-default"];

    /// <summary>Dialogflow's default webhook timeout; the webhook answers well inside it.</summary>
    private const int WebhookTimeoutSeconds = 5;

    /// <summary>Dialogflow's normal intent priority.</summary>
    private const int NormalPriority = 500_000;

    /// <summary>The zone Dialogflow resolves dates in; delivery dates are spoken in each shopper's own zone regardless.</summary>
    private const string AgentTimeZone = "America/Los_Angeles";

    /// <summary>
    /// Greetings for the Default Welcome Intent. The shared model has no greeting intent, because Alexa opens a
    /// skill with a LaunchRequest rather than words; a CX agent needs phrases for it.
    /// </summary>
    private static readonly string[] Greetings = ["hi", "hello", "hey", "hi there", "hello there", "hey there", "howdy", "greetings"];

    /// <summary>The agent for <paramref name="model"/>, its products from <paramref name="catalog"/>, calling <paramref name="webhookUrl"/>.</summary>
    public static CxAgent Export(InteractionModel model, IEnumerable<Product> catalog, Uri webhookUrl)
    {
        var language = model.Locale.Split('-')[0].ToLowerInvariant();
        var products = CatalogSlotValues.From(catalog);
        var examples = new CxSlotExamples(products);

        var intents = new List<CxExportedIntent> { Welcome(model, language) };
        var routes = new List<CxTransitionRoute> { Route(WelcomeIntentName, TagOf(IntentNames.Launch, DialogflowRouting.TagFor(IntentNames.Launch))) };
        foreach (var intent in model.Intents.Where(i => i.Samples.Count > 0))
        {
            intents.Add(Intent(model, intent, examples, language));
            routes.Add(Route(intent.Name, TagOf(intent.Name, intent.DialogflowTag)));
        }

        // The model's fallback has no samples: Dialogflow reaches it through the no-match and no-input events,
        // and learns what not to match from the model's out-of-scope requests.
        intents.Add(Negative(model, language));
        var handlers = FallbackEvents
            .Select(e => new CxEventHandler(e, Fulfillment(TagOf(IntentNames.Fallback, model.Intent(IntentNames.Fallback).DialogflowTag)), CxResourceIds.For("event", e)))
            .ToList();

        var entityTypes = new List<CxExportedEntityType>
        {
            new(
                new CxEntityTypeFile(
                    CxResourceIds.For("entityType", CxSlotEntityTypes.ProductEntityType),
                    CxSlotEntityTypes.ProductEntityType,
                    "KIND_MAP",
                    "AUTO_EXPANSION_MODE_DEFAULT",
                    EnableFuzzyExtraction: true,
                    Redact: false),
                new CxEntitiesFile(products.Select(p => new CxEntity(p.Id, [p.Value, .. p.Synonyms], language)).ToList())),
            new(
                new CxEntityTypeFile(
                    CxResourceIds.For("entityType", CxSlotEntityTypes.OrdinalEntityType),
                    CxSlotEntityTypes.OrdinalEntityType,
                    "KIND_MAP",
                    "AUTO_EXPANSION_MODE_UNSPECIFIED",
                    EnableFuzzyExtraction: false,
                    Redact: false),
                new CxEntitiesFile(OrdinalSlotValues.All.Select(v => new CxEntity(v.Id, [v.Value, .. v.Synonyms], language)).ToList())),
        };

        return new CxAgent(
            language,
            new CxAgentSettingsFile(
                "VoiceShop",
                language,
                AgentTimeZone,
                "Generated by voiceshop export dialogflow-cx from the shared interaction model: change the model and export again rather than editing the agent.",
                StartFlowName,
                EnableSpellCorrection: true,
                new CxSpeechToTextSettings(EnableSpeechAdaptation: true)),
            intents,
            entityTypes,
            new CxFlowFile(
                CxResourceIds.DefaultStartFlow,
                StartFlowName,
                "Every route calls the VoiceShop webhook with its fulfillment tag and no target page; VoiceShop decides what happens next.",
                routes,
                handlers,
                new CxNluSettings("MODEL_TYPE_STANDARD", 0.3)),
            new CxWebhookFile(
                CxResourceIds.For("webhook", WebhookName),
                WebhookName,
                new CxGenericWebService(webhookUrl.AbsoluteUri, "ID_TOKEN"),
                new CxDuration(WebhookTimeoutSeconds)));
    }

    private static CxExportedIntent Intent(InteractionModel model, ModelIntent intent, CxSlotExamples examples, string language)
    {
        var kinds = intent.Slots.ToDictionary(s => s.Name, s => model.Slot(s.Name).Kind, StringComparer.Ordinal);
        var parameters = intent.Slots
            .Select(s => new CxIntentParameter(s.Name, CxSlotEntityTypes.Reference(kinds[s.Name]), IsList: false, CxSlotEntityTypes.IsSecret(kinds[s.Name])))
            .ToList();

        var phrases = new List<CxTrainingPhrase>();
        var used = 0;
        foreach (var sample in intent.Samples)
        {
            var parts = CxTrainingPhrases.Parts(sample, slot => kinds.TryGetValue(slot, out var kind)
                ? examples.Example(kind, used++)
                : throw new InvalidOperationException($"{intent.Name}: sample \"{sample}\" uses {{{slot}}}, which is not a slot of the intent."));
            phrases.Add(Phrase(intent.Name, sample, parts, language));
        }

        return new CxExportedIntent(
            new CxIntentFile(
                CxResourceIds.For("intent", intent.Name),
                intent.Name,
                parameters.Count == 0 ? null : parameters,
                NormalPriority,
                IsFallback: null,
                Description: null),
            new CxTrainingPhrasesFile(phrases));
    }

    private static CxExportedIntent Welcome(InteractionModel model, string language)
    {
        var phrases = Greetings
            .Concat([$"talk to {model.InvocationName}", $"open {model.InvocationName}", $"hello {model.InvocationName}"])
            .Select(text => Phrase(WelcomeIntentName, text, [new CxPhrasePart(text)], language))
            .ToList();
        return new CxExportedIntent(
            new CxIntentFile(CxResourceIds.DefaultWelcomeIntent, WelcomeIntentName, null, NormalPriority, IsFallback: null, Description: null),
            new CxTrainingPhrasesFile(phrases));
    }

    private static CxExportedIntent Negative(InteractionModel model, string language) =>
        new(
            new CxIntentFile(
                CxResourceIds.DefaultNegativeIntent,
                NegativeIntentName,
                null,
                NormalPriority,
                IsFallback: true,
                Description: "Requests VoiceShop does not serve (the model's out-of-scope samples); they raise no-match, which the webhook answers."),
            new CxTrainingPhrasesFile(model.OutOfScopeSamples
                .Select(text => Phrase(NegativeIntentName, text, [new CxPhrasePart(text)], language))
                .ToList()));

    private static CxTrainingPhrase Phrase(string intentName, string sample, IReadOnlyList<CxPhrasePart> parts, string language) =>
        new(CxResourceIds.For("trainingPhrase", $"{intentName}/{sample}"), parts, RepeatCount: 1, language);

    private static CxTransitionRoute Route(string intentDisplayName, string tag) =>
        new(intentDisplayName, Fulfillment(tag), CxResourceIds.For("route", intentDisplayName));

    private static CxFulfillment Fulfillment(string tag) => new(WebhookName, tag);

    /// <summary>The fulfillment tag that runs <paramref name="intentName"/>; an intent no tag runs would be exported unreachable.</summary>
    private static string TagOf(string intentName, string? tag) =>
        tag ?? throw new InvalidOperationException($"No fulfillment tag runs {intentName}; give its model entry a dialogflowTag so the agent can reach it.");
}
