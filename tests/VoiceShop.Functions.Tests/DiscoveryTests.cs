using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Alexa.InteractionModel;
using VoiceShop.Skills.Dialogflow.AgentExport;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Discovery through the real host: a search reads at most three products with prices, "the cheaper one" or
/// "the second one" picks from what was just heard and reads it back, and nothing is ordered without a yes.
/// </summary>
public sealed class DiscoveryTests(ITestOutputHelper output) : IDisposable
{
    private readonly VoiceShopHost _host = new();

    [Fact]
    public async Task Text_search_under_a_price_then_the_cheaper_one_reads_it_back_and_only_yes_orders()
    {
        var client = _host.CreateClient();
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        var list = await SayAsync(client, "d1", "what jackets do you have under 200 dollars");
        Assert.Equal("ProductSearchIntent", list["intent"]!["name"]!.GetValue<string>());
        Assert.Equal(
            "I have two: the Trailhead waterproof winter jacket for $179 and the Summit rain jacket for $129. Want one of them?",
            list["text"]!.GetValue<string>());

        var readBack = await SayAsync(client, "d1", "the cheaper one");
        Assert.Equal("SelectOptionIntent", readBack["intent"]!["name"]!.GetValue<string>());
        Assert.StartsWith("The Summit rain jacket, $129, arriving ", readBack["text"]!.GetValue<string>());
        Assert.EndsWith("Shall I order it?", readBack["text"]!.GetValue<string>());
        Assert.Equal(before, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);

        var placed = await SayAsync(client, "d1", "yes");
        Assert.StartsWith("Done.", placed["text"]!.GetValue<string>());
        var after = await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        Assert.Equal(before + 1, after.Count);
        Assert.Equal("JKT-RAIN", after[0].Lines.Single().Sku);
    }

    [Fact]
    public async Task Alexa_hears_search_and_choice_by_intent_name_and_the_list_rides_in_the_session()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var list = await alexa.IntentAsync("ProductSearchIntent", new Dictionary<string, string> { ["product"] = "jackets", ["maxPrice"] = "200" });
        Assert.Equal("I have two: the Trailhead waterproof winter jacket for $179 and the Summit rain jacket for $129. Want one of them?", list.Speech);
        Assert.Equal("JKT-TRAIL,JKT-RAIN", list.SessionAttributes["lastList"]!.GetValue<string>());

        var choice = await alexa.IntentAsync("SelectOptionIntent", new Dictionary<string, string> { ["ordinal"] = "second" });
        Assert.StartsWith("The Summit rain jacket, $129, arriving ", choice.Speech);
        Assert.False(choice.ShouldEndSession);
    }

    [Fact]
    public async Task Nothing_under_the_limit_offers_the_nearest_miss()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.IntentAsync("ProductSearchIntent", new Dictionary<string, string> { ["product"] = "jacket", ["maxPrice"] = "100" });

        Assert.Equal("Nothing under $100. The closest is the Summit rain jacket at $129. Want that one?", reply.Speech);
    }

    [Fact]
    public async Task Dialogflow_hears_search_by_its_tag()
    {
        var cx = new CxConversation(_host.CreateClient(), new JsonObject { ["accessToken"] = DemoData.DemoGoogleToken });

        var reply = await cx.PostAsync(cx.Build(
            "search",
            "show me coffee",
            new Dictionary<string, (string, JsonNode)> { ["product"] = ("coffee", "CP-BOX") }));

        Assert.StartsWith("I have ", reply.Text);
        Assert.Contains("the coffee pods for $12.99", reply.Text);
    }

    [Fact]
    public async Task The_second_one_out_of_the_blue_says_how_to_get_a_list()
    {
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var reply = await alexa.IntentAsync("SelectOptionIntent", new Dictionary<string, string> { ["ordinal"] = "second" });

        Assert.Equal("Second of what? You can ask me what we have, like \"what coffee do you have\".", reply.Speech);
        Assert.False(reply.ShouldEndSession);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_reply_and_orders_nothing()
    {
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;
        var alexa = new AlexaConversation(_host.CreateClient(), DemoData.DemoAccessToken);

        var nonsenseLimit = await alexa.IntentAsync("ProductSearchIntent", new Dictionary<string, string> { ["product"] = "jackets", ["maxPrice"] = "?" });
        Assert.StartsWith("I have two:", nonsenseLimit.Speech);

        var outOfRange = await alexa.IntentAsync("SelectOptionIntent", new Dictionary<string, string> { ["ordinal"] = "third" });
        // Without a price limit the cheaper jacket was read first.
        Assert.Equal("I only mentioned two: the Summit rain jacket and the Trailhead waterproof winter jacket. Which one?", outOfRange.Speech);

        var unknown = await alexa.IntentAsync("ProductSearchIntent", new Dictionary<string, string> { ["product"] = "frobnicator" });
        Assert.Equal("I couldn't find anything like \"frobnicator\". What else are you looking for?", unknown.Speech);

        var empty = await alexa.IntentAsync("ProductSearchIntent");
        Assert.StartsWith("What are you looking for?", empty.Speech);
        Assert.Equal(before, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_forged_list_in_the_session_picks_nothing_the_catalog_does_not_have()
    {
        var client = _host.CreateClient();
        var alexa = new AlexaConversation(client, DemoData.DemoAccessToken);
        var body = JsonNode.Parse(alexa.Build(new JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new JsonObject
            {
                ["name"] = "SelectOptionIntent",
                ["confirmationStatus"] = "NONE",
                ["slots"] = new JsonObject { ["ordinal"] = new JsonObject { ["name"] = "ordinal", ["value"] = "first" } },
            },
        }))!;
        body["session"]!["attributes"] = new JsonObject { ["lastList"] = "NOPE-1,,NOPE-2" };

        var reply = await alexa.PostAsync(body.ToJsonString());

        Assert.Equal("First of what? You can ask me what we have, like \"what coffee do you have\".", reply.Speech);
    }

    [Fact]
    public void Both_exports_carry_the_new_intents_and_the_choice_type()
    {
        var model = InteractionModel.Load();

        var alexa = AlexaModelExporter.Export(model, DemoData.Catalog(), PromptBook.Load());
        var language = alexa.InteractionModel.LanguageModel;
        Assert.Contains("what {product} do you have under {maxPrice} dollars", language.Intents.Single(i => i.Name == "ProductSearchIntent").Samples);
        Assert.Equal(AlexaModelExporter.OrdinalTypeName, language.Intents.Single(i => i.Name == "SelectOptionIntent").Slots.Single(s => s.Name == "ordinal").Type);
        Assert.Contains(language.Types, t => t.Name == AlexaModelExporter.OrdinalTypeName && t.Values.Any(v => v.Id == "cheapest"));
        Assert.Contains("what should i reorder", language.Intents.Single(i => i.Name == "SuggestionIntent").Samples);

        var agent = CxAgentExporter.Export(model, DemoData.Catalog(), new Uri("https://shop.example.com/api/dialogflow"));
        var files = CxAgentLayout.Files(agent);
        var flow = files.Single(f => f.Path == "flows/Default Start Flow/Default Start Flow.json");
        using var json = JsonDocument.Parse(flow.Content);
        var tags = json.RootElement.GetProperty("transitionRoutes").EnumerateArray()
            .ToDictionary(r => r.GetProperty("intent").GetString()!, r => r.GetProperty("triggerFulfillment").GetProperty("tag").GetString());
        Assert.Equal("search", tags["ProductSearchIntent"]);
        Assert.Equal("select-option", tags["SelectOptionIntent"]);
        Assert.Equal("suggestion", tags["SuggestionIntent"]);
        Assert.Contains(files, f => f.Path.StartsWith("entityTypes/" + CxSlotEntityTypes.OrdinalEntityType + "/", StringComparison.Ordinal));
    }

    private async Task<JsonObject> SayAsync(HttpClient client, string sessionId, string text)
    {
        var response = await client.PostAsync(
            "/api/text",
            new StringContent(new JsonObject { ["text"] = text, ["sessionId"] = sessionId, ["accessToken"] = DemoData.DemoAccessToken, ["locale"] = "en-US" }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        output.WriteLine($"> {text}\n< {json["text"]}");
        return json;
    }

    public void Dispose() => _host.Dispose();
}
