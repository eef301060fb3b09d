using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.AgentExport;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The exported CX agent against the real host: every tag its flow sends is one the webhook routes to a handler
/// the host actually registered, and a request with each tag gets a real answer.
/// </summary>
public sealed class DialogflowAgentExportTests : IDisposable
{
    private readonly VoiceShopHost _host = new();

    /// <summary>(tag, intent display name) of every route and event handler of the exported start flow.</summary>
    private static List<(string Tag, string? Intent)> FlowFulfillments()
    {
        var agent = CxAgentExporter.Export(InteractionModel.Load("en-US"), DemoData.Catalog(), new Uri("https://shop.example.com/api/dialogflow"));
        var flowFile = CxAgentLayout.Files(agent).Single(f => f.Path == "flows/Default Start Flow/Default Start Flow.json");
        using var flow = JsonDocument.Parse(flowFile.Content);
        var routes = flow.RootElement.GetProperty("transitionRoutes").EnumerateArray()
            .Select(r => (Tag(r), (string?)r.GetProperty("intent").GetString()));
        var events = flow.RootElement.GetProperty("eventHandlers").EnumerateArray().Select(h => (Tag(h), (string?)null));
        return [.. routes, .. events];

        static string Tag(JsonElement fulfillment) => fulfillment.GetProperty("triggerFulfillment").GetProperty("tag").GetString()!;
    }

    [Fact]
    public void Every_tag_the_agent_sends_has_a_handler_in_the_host()
    {
        var handled = _host.Services.GetRequiredService<ConversationEngine>().HandledIntents.ToHashSet(StringComparer.Ordinal);
        var fulfillments = FlowFulfillments();

        Assert.True(fulfillments.Count >= 12, $"only {fulfillments.Count} routes and handlers");
        foreach (var (tag, _) in fulfillments)
        {
            Assert.True(DialogflowRouting.Tags.ContainsKey(tag), $"tag {tag} is not routed by DialogflowRouting (it would fall back)");
            var intent = DialogflowRouting.IntentName(tag, null);
            Assert.Contains(intent, handled);
        }
    }

    [Fact]
    public async Task A_request_with_each_tag_is_answered_by_its_own_handler()
    {
        var prompts = PromptBook.Load();
        var fallbackTexts = new[] { false, true }.Select(brief => prompts.Text("en-US", "fallback", CxTurnMapper.Platform, brief)).ToHashSet();

        foreach (var (tag, intent) in FlowFulfillments())
        {
            var conversation = new CxConversation(_host.CreateClient(), new JsonObject { ["accessToken"] = DemoData.DemoGoogleToken });
            var reply = await conversation.PostAsync(conversation.Build(tag, "(what the shopper said)", intentDisplayName: intent ?? ""));

            WebhookResponseShape.AssertValidCx(reply.Json);
            Assert.False(string.IsNullOrWhiteSpace(reply.Speech), tag);

            // Digits out of the blue are answered like anything not understood, so the voice code is left out here.
            var intentName = DialogflowRouting.IntentName(tag, null);
            if (intentName is not (IntentNames.Fallback or IntentNames.VoiceCode))
            {
                Assert.DoesNotContain(reply.Text, fallbackTexts);
            }
        }
    }

    public void Dispose() => _host.Dispose();
}
