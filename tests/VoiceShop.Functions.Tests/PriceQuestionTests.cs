using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Alexa.InteractionModel;
using VoiceShop.Skills.Dialogflow.AgentExport;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The price question was added in intents/ alone (handler, model entry, prompts): every platform hears it
/// through the real host, by Alexa intent name, by Dialogflow tag, and in both exports.
/// </summary>
public sealed class PriceQuestionTests : IDisposable
{
    private const string Intent = "PriceQuestionIntent";

    private readonly VoiceShopHost _host = new();

    [Fact]
    public async Task Alexa_hears_it_by_intent_name_and_nothing_is_ordered()
    {
        var store = _host.Services.GetRequiredService<ICommerceStore>();
        var before = (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.IntentAsync(Intent, new Dictionary<string, string> { ["product"] = "coffee pods" });

        Assert.Equal("Coffee pods are $12.99 a box, and they're in stock. Want some?", reply.Speech);
        Assert.False(reply.ShouldEndSession);
        Assert.Equal(before, (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Alexa_without_a_linked_account_still_hears_a_price()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), accessToken: null);

        var reply = await alexa.IntentAsync(Intent, new Dictionary<string, string> { ["product"] = "oat milk" });

        Assert.Equal("Oat milk is $4.29 a carton, and it's in stock. Want some?", reply.Speech);
    }

    [Fact]
    public async Task Dialogflow_hears_it_by_the_price_tag()
    {
        var cx = new CxConversation(_host.CreateClient(), new System.Text.Json.Nodes.JsonObject { ["accessToken"] = DemoData.DemoGoogleToken });

        var reply = await cx.PostAsync(cx.Build(
            "price",
            "do you have almond milk",
            new Dictionary<string, (string, System.Text.Json.Nodes.JsonNode)> { ["product"] = ("almond milk", "ALM-MILK") }));

        Assert.Equal("Almond milk is out of stock right now. Oat milk is $4.29. Want that instead?", reply.Text);
    }

    [Fact]
    public async Task A_product_we_do_not_sell_is_asked_about_again_not_guessed()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.IntentAsync(Intent, new Dictionary<string, string> { ["product"] = "frobnicator" });

        Assert.Equal("I couldn't find \"frobnicator\". Which product do you mean?", reply.Speech);
        Assert.False(reply.ShouldEndSession);
    }

    [Fact]
    public void Both_exports_carry_it()
    {
        var model = InteractionModel.Load();

        var alexa = AlexaModelExporter.Export(model, DemoData.Catalog(), PromptBook.Load());
        var alexaIntent = alexa.InteractionModel.LanguageModel.Intents.Single(i => i.Name == Intent);
        Assert.Contains("how much are the {product}", alexaIntent.Samples);
        Assert.Equal(AlexaModelExporter.ProductTypeName, alexaIntent.Slots.Single().Type);

        var agent = CxAgentExporter.Export(model, DemoData.Catalog(), new Uri("https://shop.example.com/api/dialogflow"));
        var flow = CxAgentLayout.Files(agent).Single(f => f.Path == "flows/Default Start Flow/Default Start Flow.json");
        using var json = JsonDocument.Parse(flow.Content);
        var route = json.RootElement.GetProperty("transitionRoutes").EnumerateArray().Single(r => r.GetProperty("intent").GetString() == Intent);
        Assert.Equal("price", route.GetProperty("triggerFulfillment").GetProperty("tag").GetString());
    }

    public void Dispose() => _host.Dispose();
}
