using System.Net;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>Whole CX conversations through the real host, store and handlers.</summary>
public sealed class DialogflowConversationTests : IDisposable
{
    private readonly VoiceShopHost _host = new();

    private static JsonObject LinkedPayload => new() { ["accessToken"] = DemoData.DemoGoogleToken };

    [Fact]
    public async Task Reorder_is_read_back_and_placed_only_on_confirm()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

        var readBack = await conversation.SendAsync("reorder", "order my usual again");
        WebhookResponseShape.AssertValidCx(readBack.Json);
        Assert.StartsWith("Your last order was 2 packs of paper towels and a box of coffee pods: $31.47", readBack.Speech, StringComparison.Ordinal);
        Assert.EndsWith("Order it again?", readBack.Speech, StringComparison.Ordinal);
        Assert.Equal(readBack.Speech, readBack.Text);
        Assert.Equal("REPLACE", readBack.MergeBehavior);
        Assert.Null(readBack.TargetPage);
        Assert.Equal("PurchaseConfirmation", conversation.SessionParameters["vs_awaiting"]!.GetValue<string>());
        Assert.Equal(before, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);

        var placed = await conversation.SendAsync("confirm", "yes");
        WebhookResponseShape.AssertValidCx(placed.Json);
        Assert.StartsWith("Done. It arrives", placed.Speech, StringComparison.Ordinal);
        Assert.DoesNotContain("Alexa", placed.Speech, StringComparison.Ordinal);
        Assert.EndsWith("/pages/END_SESSION", placed.TargetPage, StringComparison.Ordinal);
        Assert.True(placed.SessionUpdates.ContainsKey("vs_awaiting"));
        Assert.Null(placed.SessionUpdates["vs_awaiting"]);
        Assert.DoesNotContain(conversation.SessionParameters, kv => kv.Key.StartsWith("vs_", StringComparison.Ordinal));

        var orders = await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default);
        Assert.Equal(before + 1, orders.Count);
        Assert.Equal(["PT-2PK", "CP-BOX"], orders[0].Lines.Select(l => l.Sku));
    }

    [Fact]
    public async Task A_retried_confirm_places_one_order()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        await conversation.SendAsync("reorder", "reorder");
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;
        var confirm = conversation.Build("confirm", "yes");

        // Dialogflow may repeat a webhook call it thinks timed out: the same body, byte for byte.
        var first = await conversation.PostAsync(confirm);
        var second = await conversation.PostAsync(confirm);
        Assert.StartsWith("Done.", first.Speech, StringComparison.Ordinal);
        Assert.Equal(first.Speech, second.Speech);
        Assert.Equal(before + 1, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    [Fact]
    public async Task A_session_naming_another_shoppers_purchase_orders_nothing()
    {
        // Session parameters travel through the client: a forged pending purchase id must not buy anything.
        var bo = DemoData.Alex with { Id = "cust-bo", Name = "Bo" };
        await _host.Store.SaveCustomerAsync(bo, default);
        await _host.Store.LinkIdentityAsync(bo.Id, new Commerce.Customers.PlatformIdentity("google", "bo-token"), default);
        var bosConversation = new CxConversation(_host.CreateClient(), new JsonObject { ["accessToken"] = "bo-token" });
        var readBack = await bosConversation.SendAsync("buy", "buy oat milk", new Dictionary<string, (string, JsonNode)> { ["product"] = ("oat milk", "OAT-MILK") });
        Assert.StartsWith("a carton of oat milk", readBack.Speech, StringComparison.OrdinalIgnoreCase);
        var bosPurchase = bosConversation.SessionParameters["vs_pendingPurchaseId"]!.GetValue<string>();
        var alexBefore = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

        var alex = new CxConversation(_host.CreateClient(), LinkedPayload);
        var forged = alex.Build("confirm", "yes");
        forged["sessionInfo"]!["parameters"] = new JsonObject { ["vs_awaiting"] = "PurchaseConfirmation", ["vs_pendingPurchaseId"] = bosPurchase };
        var reply = await alex.PostAsync(forged);

        Assert.Equal("That purchase has expired, so nothing was ordered. What would you like to do?", reply.Speech);
        Assert.Empty(await _host.Store.GetOrdersAsync(bo.Id, default));
        Assert.Equal(alexBefore, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    [Fact]
    public async Task Deny_orders_nothing()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var before = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;
        await conversation.SendAsync("reorder", "reorder");
        var denied = await conversation.SendAsync("deny", "no");
        Assert.StartsWith("OK, nothing ordered.", denied.Speech, StringComparison.Ordinal);
        Assert.Equal(before, (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    [Fact]
    public async Task Order_status_leads_with_the_answer()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var reply = await conversation.SendAsync("order-status", "where's my order");
        WebhookResponseShape.AssertValidCx(reply.Json);
        Assert.Equal("Your paper towels and coffee pods shipped yesterday and arrive tomorrow.", reply.Speech);
        Assert.EndsWith("/pages/END_SESSION", reply.TargetPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buy_without_a_product_asks_and_a_form_parameter_fills_it()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var asked = await conversation.SendAsync("buy", "I want to buy something");
        Assert.Equal("What would you like to buy?", asked.Speech);
        Assert.Equal("product", conversation.SessionParameters["vs_elicitSlot"]!.GetValue<string>());

        var readBack = await conversation.SendAsync("buy", "AA batteries", filledForm: new Dictionary<string, JsonNode> { ["product"] = "AA batteries" });
        WebhookResponseShape.AssertValidCx(readBack.Json);
        Assert.StartsWith("A pack of AA batteries, $8.99, arriving", readBack.Speech, StringComparison.Ordinal);
        Assert.EndsWith("Shall I order them?", readBack.Speech, StringComparison.Ordinal);
        Assert.Empty(readBack.FormParameters);

        var placed = await conversation.SendAsync("confirm", "yes");
        Assert.StartsWith("Done.", placed.Speech, StringComparison.Ordinal);
        var latest = (await _host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default))[0];
        Assert.Equal("BAT-AA", Assert.Single(latest.Lines).Sku);
    }

    [Fact]
    public async Task Buy_with_intent_parameters_reads_back_the_quantity()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var reply = await conversation.SendAsync("buy", "buy two packs of AA batteries", new Dictionary<string, (string, JsonNode)>
        {
            ["product"] = ("double a batteries", "BAT-AA"),
            ["quantity"] = ("two", 2.0),
        });
        Assert.StartsWith("Two packs of AA batteries, $17.98, arriving", reply.Speech, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_product_from_a_form_marks_the_parameter_invalid()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        await conversation.SendAsync("buy", "buy something");
        var reply = await conversation.SendAsync("buy", "frobnicator", filledForm: new Dictionary<string, JsonNode> { ["product"] = "frobnicator" });
        WebhookResponseShape.AssertValidCx(reply.Json);
        Assert.Equal("I couldn't find \"frobnicator\". What would you like to buy?", reply.Speech);
        var invalid = Assert.Single(reply.FormParameters);
        Assert.Equal("product", invalid!["displayName"]!.GetValue<string>());
        Assert.Equal("INVALID", invalid["state"]!.GetValue<string>());
        Assert.True(reply.SessionUpdates.ContainsKey("product"));
        Assert.Null(reply.SessionUpdates["product"]);
    }

    [Fact]
    public async Task A_shopper_who_ordered_on_alexa_hears_that_order_through_dialogflow()
    {
        var client = _host.CreateClient();
        var alexa = new AlexaConversation(client, accessToken: DemoData.DemoAccessToken);
        var readBack = await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "oat milk" });
        Assert.Contains("oat milk", readBack.Speech, StringComparison.Ordinal);
        var placed = await alexa.IntentAsync("AMAZON.YesIntent");
        Assert.StartsWith("Done.", placed.Speech, StringComparison.Ordinal);

        var google = new CxConversation(client, LinkedPayload);
        var status = await google.SendAsync("order-status", "where are my orders");
        Assert.Contains("oat milk", status.Speech, StringComparison.Ordinal);
        Assert.Contains("paper towels", status.Speech, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_caller_id_is_the_same_customer()
    {
        var payload = new JsonObject { ["telephony"] = new JsonObject { ["caller_id"] = DemoData.DemoCallerId } };
        var reply = await new CxConversation(_host.CreateClient(), payload).SendAsync("welcome", "hi");
        Assert.StartsWith("Hi Alex.", reply.Speech, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{\"telephony\":{\"caller_id\":\"+15555550199\"}}")]
    [InlineData("{\"accessToken\":\"someone-elses-guess\"}")]
    public async Task Unlinked_callers_hear_how_to_link_and_nothing_of_anyone(string? payloadJson)
    {
        var payload = payloadJson is null ? null : JsonNode.Parse(payloadJson)!.AsObject();
        var conversation = new CxConversation(_host.CreateClient(), payload);
        foreach (var tag in new[] { "welcome", "order-status", "reorder", "buy", "confirm" })
        {
            var reply = await conversation.SendAsync(tag, "hello");
            Assert.Equal(
                "To shop with Voice Shop, link your account or add this phone number in the Voice Shop app, then try again.",
                reply.Speech);
            Assert.DoesNotContain("Alexa", reply.Speech, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Asking_for_a_person_hands_off_with_the_shoppers_id()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var reply = await conversation.SendAsync("agent", "let me talk to a person");
        WebhookResponseShape.AssertValidCx(reply.Json);
        Assert.Equal("I'll connect you with someone from our team.", reply.Speech);
        var metadata = reply.Handoff!["metadata"]!.AsObject();
        Assert.Equal(DemoData.DemoCustomerId, metadata["customerId"]!.GetValue<string>());
        Assert.Equal("let me talk to a person", metadata["lastUtterance"]!.GetValue<string>());
        Assert.Null(reply.TargetPage);
    }

    [Fact]
    public async Task Intent_display_name_routes_when_the_tag_is_unknown()
    {
        var conversation = new CxConversation(_host.CreateClient(), LinkedPayload);
        var request = conversation.Build("some-other-tag", "where is my stuff");
        request["intentInfo"]!["displayName"] = "OrderStatusIntent";
        var reply = await conversation.PostAsync(request);
        Assert.StartsWith("Your paper towels and coffee pods shipped", reply.Speech, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snake_case_request_is_understood()
    {
        const string body = """
            {"detect_intent_response_id":"r-1","language_code":"en-us",
             "fulfillment_info":{"tag":"order-status"},
             "session_info":{"session":"projects/p/locations/global/agents/a/sessions/s","parameters":{"access_token":"demo-google-token"}},
             "page_info":{"current_page":"projects/p/locations/global/agents/a/flows/f/pages/p1","form_info":{}},
             "unknown_future_field":{"anything":[1,2,3]}}
            """;
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = new CxReply(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), body);
        Assert.StartsWith("Your paper towels and coffee pods shipped", reply.Speech, StringComparison.Ordinal);
        Assert.Equal("projects/p/locations/global/agents/a/flows/f/pages/END_SESSION", reply.TargetPage);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    [InlineData("{\"fulfillmentInfo\":{\"tag\":\"buy\"}}")]
    [InlineData("{\"detectIntentResponseId\":\"r\",\"fulfillmentInfo\":\"buy\"}")]
    [InlineData("{\"detectIntentResponseId\":\"r\",\"intentInfo\":{\"parameters\":[1,2]}}")]
    public async Task Malformed_requests_are_a_400_problem(string body)
    {
        using var response = await CxConversation.PostRawAsync(_host.CreateClient(), "/api/dialogflow", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _host.Dispose();
}
