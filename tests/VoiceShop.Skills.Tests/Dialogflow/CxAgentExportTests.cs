using System.Text.Json;
using System.Text.RegularExpressions;
using VoiceShop.Commerce;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.AgentExport;

namespace VoiceShop.Skills.Tests.Dialogflow;

/// <summary>The exported CX agent holds together the way a restore needs it to, and comes from the shared model.</summary>
public sealed partial class CxAgentExportTests
{
    private static readonly InteractionModel Model = InteractionModel.Load("en-US");
    private readonly ExportedCxAgent _agent = ExportedCxAgent.OfDemo();

    [Fact]
    public void The_package_has_the_export_layout()
    {
        Assert.Equal("en", _agent.Agent.GetProperty("defaultLanguageCode").GetString());
        Assert.Equal(CxResourceIds.DefaultStartFlow, _agent.StartFlow.GetProperty("name").GetString());
        Assert.NotEmpty(_agent.Intents);
        foreach (var name in _agent.Intents.Keys)
        {
            Assert.NotEmpty(_agent.TrainingPhrases(name));
        }

        foreach (var (name, entityType) in _agent.EntityTypes)
        {
            Assert.Equal("KIND_MAP", entityType.GetProperty("kind").GetString());
            Assert.NotEmpty(_agent.Entities(name));
        }

        Assert.All(_agent.Files, f => Assert.Matches(FileLayout(), f.Path));
    }

    [Fact]
    public void Every_intent_parameter_has_an_entity_type_the_agent_knows()
    {
        foreach (var (intent, json) in _agent.Intents)
        {
            foreach (var parameter in Parameters(json))
            {
                var type = parameter.GetProperty("entityType").GetString()!;
                Assert.True(
                    type.StartsWith(CxSlotEntityTypes.SystemPrefix, StringComparison.Ordinal) || _agent.EntityTypes.ContainsKey(type.TrimStart('@')),
                    $"{intent}.{parameter.GetProperty("id")}: entity type {type} is neither a system entity nor exported");
            }
        }
    }

    [Fact]
    public void Every_annotated_part_names_a_declared_parameter_and_no_part_is_a_placeholder()
    {
        foreach (var (intent, json) in _agent.Intents)
        {
            var declared = Parameters(json).Select(p => p.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
            foreach (var part in _agent.TrainingPhrases(intent).SelectMany(p => p.GetProperty("parts").EnumerateArray()))
            {
                var text = part.GetProperty("text").GetString()!;
                Assert.False(string.IsNullOrEmpty(text), $"{intent}: empty part");
                Assert.DoesNotContain('{', text);
                Assert.DoesNotContain('}', text);
                if (part.TryGetProperty("parameterId", out var id))
                {
                    Assert.Contains(id.GetString()!, declared);
                    Assert.Equal(text.Trim(), text);
                }
            }
        }
    }

    [Fact]
    public void Training_phrases_are_the_model_samples_with_example_values_in_their_slots()
    {
        foreach (var intent in Model.Intents.Where(i => i.Samples.Count > 0))
        {
            var restored = _agent.TrainingPhrases(intent.Name)
                .Select(phrase => string.Concat(phrase.GetProperty("parts").EnumerateArray().Select(part =>
                    part.TryGetProperty("parameterId", out var id) ? $"{{{id.GetString()}}}" : part.GetProperty("text").GetString())))
                .ToList();
            Assert.Equal(intent.Samples, restored);
        }
    }

    [Fact]
    public void Product_examples_are_words_the_product_entity_type_knows()
    {
        var synonyms = _agent.Entities(CxSlotEntityTypes.ProductEntityType)
            .SelectMany(e => e.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!))
            .ToHashSet(StringComparer.Ordinal);
        var productParts = _agent.Intents.Keys
            .SelectMany(_agent.TrainingPhrases)
            .SelectMany(p => p.GetProperty("parts").EnumerateArray())
            .Where(p => p.TryGetProperty("parameterId", out var id) && id.GetString() == SlotNames.Product)
            .Select(p => p.GetProperty("text").GetString()!)
            .ToList();

        Assert.True(productParts.Count > 100, $"only {productParts.Count} product annotations");
        Assert.All(productParts, text => Assert.Contains(text, synonyms));
        Assert.True(productParts.Distinct().Count() >= 40, "examples should name most of the catalog");
    }

    [Fact]
    public void Products_resolve_to_their_sku_from_any_synonym()
    {
        var towels = Assert.Single(_agent.Entities(CxSlotEntityTypes.ProductEntityType), e => e.GetProperty("value").GetString() == "PT-2PK");
        var synonyms = towels.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal("paper towels", synonyms[0]);
        Assert.Contains("kitchen roll", synonyms);
        Assert.Equal(DemoData.Catalog().Count, _agent.Entities(CxSlotEntityTypes.ProductEntityType).Count);
    }

    [Fact]
    public void Slots_map_to_entity_types_by_kind_and_the_voice_code_is_redacted()
    {
        var buy = Parameters(_agent.Intents[IntentNames.Buy]).ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("entityType").GetString());
        Assert.Equal("@product", buy[SlotNames.Product]);
        Assert.Equal("@sys.number", buy[SlotNames.Quantity]);
        Assert.Equal("@sys.number", buy[SlotNames.MaxPrice]);

        var code = Assert.Single(Parameters(_agent.Intents[IntentNames.VoiceCode]));
        Assert.Equal("@sys.number-sequence", code.GetProperty("entityType").GetString());
        Assert.True(code.GetProperty("redact").GetBoolean());
    }

    [Fact]
    public void Every_route_calls_an_exported_webhook_for_an_exported_intent()
    {
        var routes = _agent.StartFlow.GetProperty("transitionRoutes").EnumerateArray().ToList();
        Assert.All(routes, r => Assert.True(_agent.Intents.ContainsKey(r.GetProperty("intent").GetString()!), r.GetProperty("intent").GetString()));
        Assert.All(routes, r => Assert.False(r.TryGetProperty("targetPage", out _) || r.TryGetProperty("targetFlow", out _), "routes stay on the start page"));
        Assert.All(_agent.Fulfillments, f => Assert.True(_agent.Webhooks.ContainsKey(f.GetProperty("webhook").GetString()!)));

        var webhook = Assert.Single(_agent.Webhooks.Values).GetProperty("genericWebService");
        Assert.Equal(ExportedCxAgent.WebhookUrl.AbsoluteUri, webhook.GetProperty("uri").GetString());
    }

    [Fact]
    public void Every_model_intent_is_exported_and_reached_by_a_tag()
    {
        var reached = _agent.Fulfillments
            .Select(f => f.GetProperty("tag").GetString()!)
            .Select(tag => DialogflowRouting.Tags.TryGetValue(tag, out var intent) ? intent : throw new Xunit.Sdk.XunitException($"tag {tag} is not a DialogflowRouting tag"))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var intent in Model.Intents)
        {
            Assert.Contains(intent.Name, reached);
            if (intent.Samples.Count > 0)
            {
                Assert.Equal(intent.Samples.Count, _agent.TrainingPhrases(intent.Name).Count);
            }
        }

        var noMatch = _agent.StartFlow.GetProperty("eventHandlers").EnumerateArray().Select(h => h.GetProperty("event").GetString()).ToList();
        Assert.Contains("sys.no-match-default", noMatch);
        Assert.Contains("sys.no-input-default", noMatch);
        var negative = _agent.Intents[CxAgentExporter.NegativeIntentName];
        Assert.True(negative.GetProperty("isFallback").GetBoolean());
        Assert.Equal(Model.OutOfScopeSamples.Count, _agent.TrainingPhrases(CxAgentExporter.NegativeIntentName).Count);
    }

    [Fact]
    public void The_greeting_routes_to_the_welcome()
    {
        var route = Assert.Single(_agent.StartFlow.GetProperty("transitionRoutes").EnumerateArray(), r => r.GetProperty("intent").GetString() == CxAgentExporter.WelcomeIntentName);
        Assert.Equal(IntentNames.Launch, DialogflowRouting.IntentName(route.GetProperty("triggerFulfillment").GetProperty("tag").GetString(), null));
        Assert.Equal(CxResourceIds.DefaultWelcomeIntent, _agent.Intents[CxAgentExporter.WelcomeIntentName].GetProperty("name").GetString());
    }

    [Fact]
    public void Two_exports_are_byte_identical_and_ids_are_unique()
    {
        var again = ExportedCxAgent.OfDemo();

        Assert.Equal(_agent.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        Assert.All(_agent.Files.Zip(again.Files), pair => Assert.True(pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content), pair.First.Path));

        var intentIds = _agent.Intents.Values.Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(intentIds.Count, intentIds.Distinct().Count());
        var phraseIds = _agent.Intents.Keys.SelectMany(_agent.TrainingPhrases).Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(phraseIds.Count, phraseIds.Distinct().Count());
    }

    [Fact]
    public void A_different_catalog_changes_only_the_products_and_their_examples()
    {
        var tent = new Product("TENT-2", "Two Person Tent", ["small tent"], new Money(149m, "USD"), "outdoors", new Dictionary<string, string>(), Stock: 3);
        var files = CxAgentLayout.Files(CxAgentExporter.Export(Model, [tent], ExportedCxAgent.WebhookUrl));
        var agent = new ExportedCxAgent(files);

        var entity = Assert.Single(agent.Entities(CxSlotEntityTypes.ProductEntityType));
        Assert.Equal("TENT-2", entity.GetProperty("value").GetString());
        Assert.Equal(["two person tent", "small tent"], entity.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(_agent.Intents.Keys.Order(), agent.Intents.Keys.Order());
    }

    [Fact]
    public void An_empty_catalog_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => CxAgentExporter.Export(Model, [], ExportedCxAgent.WebhookUrl));
        Assert.Contains("no products", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intent_no_tag_runs_is_refused_rather_than_exported_unreachable()
    {
        var model = Model with
        {
            Intents = [.. Model.Intents, new ModelIntent("GiftWrapIntent", false, [], ["wrap it as a gift"], null)],
        };

        var ex = Assert.Throws<InvalidOperationException>(() => CxAgentExporter.Export(model, DemoData.Catalog(), ExportedCxAgent.WebhookUrl));
        Assert.Contains("GiftWrapIntent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_is_split_at_its_slots_keeping_the_spaces()
    {
        var parts = CxTrainingPhrases.Parts("buy {quantity} {product} under {maxPrice} dollars", slot => slot switch
        {
            "quantity" => "two",
            "product" => "oat milk",
            _ => "ten",
        });

        Assert.Equal(
            [new("buy "), new("two", "quantity"), new(" "), new("oat milk", "product"), new(" under "), new("ten", "maxPrice"), new(" dollars")],
            parts);
        Assert.Equal([new CxPhrasePart("help me")], CxTrainingPhrases.Parts("help me", _ => throw new InvalidOperationException()));
    }

    [Fact]
    public void Resource_ids_are_stable_version_8_uuids()
    {
        var id = CxResourceIds.For("intent", "BuyIntent");

        Assert.Equal(id, CxResourceIds.For("intent", "BuyIntent"));
        Assert.NotEqual(id, CxResourceIds.For("intent", "ReorderIntent"));
        Assert.NotEqual(id, CxResourceIds.For("route", "BuyIntent"));
        Assert.Equal(8, Guid.Parse(id).Version);
        Assert.Contains(id[19], "89ab");
    }

    private static IEnumerable<JsonElement> Parameters(JsonElement intent) =>
        intent.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

    [GeneratedRegex(@"^(agent\.json|intents/[^/]+/([^/]+\.json|trainingPhrases/en\.json)|entityTypes/[^/]+/([^/]+\.json|entities/en\.json)|flows/[^/]+/[^/]+\.json|webhooks/[^/]+\.json)$")]
    private static partial Regex FileLayout();
}
