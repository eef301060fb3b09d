using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Dialogflow;

namespace VoiceShop.Skills.Tests.Dialogflow;

/// <summary>Dialogflow's routing table is the interaction model's <c>dialogflowTag</c>s, nothing kept beside it.</summary>
public sealed class DialogflowRoutingFromModelTests
{
    private static readonly InteractionModel Model = InteractionModel.Load();

    [Fact]
    public void Every_model_intent_has_a_tag_and_its_tag_and_its_name_route_to_it()
    {
        foreach (var intent in Model.Intents)
        {
            Assert.False(string.IsNullOrWhiteSpace(intent.DialogflowTag), $"{intent.Name} has no dialogflowTag");
            Assert.Equal(intent.Name, DialogflowRouting.IntentName(intent.DialogflowTag, null));
            Assert.Equal(intent.Name, DialogflowRouting.IntentName(null, intent.Name));
            Assert.Equal(intent.DialogflowTag, DialogflowRouting.TagFor(intent.Name));
        }
    }

    [Fact]
    public void The_only_tags_not_in_the_model_are_the_opening_and_the_live_agent()
    {
        var modelTags = Model.Intents.Select(i => i.DialogflowTag!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var others = DialogflowRouting.Tags.Where(kv => !modelTags.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();

        Assert.Equal([KeyValuePair.Create("agent", IntentNames.Agent), KeyValuePair.Create("welcome", IntentNames.Launch)], others);
    }

    [Fact]
    public void Tags_are_unique_across_the_model()
    {
        var duplicated = Model.Intents.GroupBy(i => i.DialogflowTag, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicated);
    }

    [Fact]
    public void Read_only_intents_are_the_ones_that_never_write()
    {
        var readOnly = Model.Intents.Where(i => i.ReadOnly).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(IntentNames.OrderStatus, readOnly);
        Assert.Contains(IntentNames.Help, readOnly);
        Assert.DoesNotContain(IntentNames.Yes, readOnly);
        Assert.DoesNotContain(IntentNames.Buy, readOnly);
        Assert.DoesNotContain(IntentNames.VoiceCode, readOnly);
        Assert.All(Model.Intents.Where(i => i.RequiresConfirmation), i => Assert.False(i.ReadOnly, $"{i.Name} spends or cancels money"));
    }

    [Fact]
    public void Product_intents_are_our_intents_taking_a_catalog_slot()
    {
        var names = Model.ProductIntents.Select(i => i.Name).ToList();

        Assert.Subset(names.ToHashSet(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) { IntentNames.Buy, IntentNames.CancelOrder, IntentNames.OrderStatus, IntentNames.Reorder });
        Assert.DoesNotContain(IntentNames.VoiceCode, names);
        Assert.DoesNotContain(Model.ProductIntents, i => i.BuiltIn);
    }
}
