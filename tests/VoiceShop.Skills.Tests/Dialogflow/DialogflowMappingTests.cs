using System.Text;
using System.Text.Json;
using VoiceShop.Commerce.Customers;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.Model;
using VoiceShop.Speech;

namespace VoiceShop.Skills.Tests.Dialogflow;

public sealed class DialogflowMappingTests
{
    private const string Page = "projects/p/locations/global/agents/a/flows/f1/pages/p1";

    private static CxWebhookRequest Request(string json) =>
        DialogflowJson.Parse(Encoding.UTF8.GetBytes(json), DialogflowJsonContext.Default.CxWebhookRequest)!;

    [Theory]
    [InlineData("reorder", null, IntentNames.Reorder)]
    [InlineData("order-status", null, IntentNames.OrderStatus)]
    [InlineData("buy", null, IntentNames.Buy)]
    [InlineData("confirm", null, IntentNames.Yes)]
    [InlineData("deny", null, IntentNames.No)]
    [InlineData("cancel-order", null, IntentNames.CancelOrder)]
    [InlineData("help", null, IntentNames.Help)]
    [InlineData("stop", null, IntentNames.Stop)]
    [InlineData("fallback", null, IntentNames.Fallback)]
    [InlineData("agent", null, IntentNames.Agent)]
    [InlineData("REORDER", "BuyIntent", IntentNames.Reorder)]
    [InlineData("nb-cohorts", "BuyIntent", IntentNames.Buy)]
    [InlineData(null, "Default Welcome Intent", IntentNames.Launch)]
    [InlineData(null, "order-status", IntentNames.OrderStatus)]
    [InlineData("nb-cohorts", "get-national-benchmarks", IntentNames.Fallback)]
    [InlineData(null, null, IntentNames.Fallback)]
    public void Tag_routes_first_then_display_name(string? tag, string? displayName, string expected) =>
        Assert.Equal(expected, DialogflowRouting.IntentName(tag, displayName));

    [Fact]
    public void Slots_come_from_intent_parameters_with_numbers_as_integers()
    {
        var turn = CxTurnMapper.ToTurn(Request("""
            {"detectIntentResponseId":"r1","languageCode":"en-us","fulfillmentInfo":{"tag":"buy"},
             "intentInfo":{"parameters":{"product":{"originalValue":"double a batteries","resolvedValue":"BAT-AA"},
                                         "quantity":{"originalValue":"two","resolvedValue":2.0},
                                         "maxPrice":{"originalValue":"twenty bucks","resolvedValue":{"amount":20,"currency":"USD"}}}},
             "sessionInfo":{"session":"sess-1"}}
            """));
        Assert.Equal(("dialogflow", "en-US", "sess-1", "r1", IntentNames.Buy), (turn.Platform, turn.Locale, turn.SessionId, turn.RequestId, turn.IntentName));
        Assert.Equal(new SlotValue("double a batteries", "BAT-AA"), turn.Slot(SlotNames.Product));
        Assert.Equal("2", turn.Slot(SlotNames.Quantity)?.Spoken);
        Assert.Equal("20", turn.Slot(SlotNames.MaxPrice)?.Spoken);
        Assert.Null(turn.Identity);
    }

    [Fact]
    public void A_session_product_is_used_only_when_it_was_asked_for()
    {
        const string template = """
            {"detectIntentResponseId":"r1","fulfillmentInfo":{"tag":"buy"},
             "sessionInfo":{"session":"s","parameters":{"product":"oat milk"STATE}}}
            """;
        var stale = CxTurnMapper.ToTurn(Request(template.Replace("STATE", "", StringComparison.Ordinal)));
        Assert.Null(stale.Slot(SlotNames.Product));

        var asked = CxTurnMapper.ToTurn(Request(template.Replace("STATE", ",\"vs_awaiting\":\"SlotValue\",\"vs_elicitIntent\":\"BuyIntent\",\"vs_elicitSlot\":\"product\"", StringComparison.Ordinal)));
        Assert.Equal("oat milk", asked.Slot(SlotNames.Product)?.Spoken);
        Assert.Equal(new DialogState(Awaiting.SlotValue, ElicitIntent: IntentNames.Buy, ElicitSlot: SlotNames.Product), asked.State);
    }

    [Theory]
    [InlineData("""{"accessToken":"tok-1"}""", null, "google", "tok-1")]
    [InlineData("""{"access_token":"tok-1","telephony":{"caller_id":"+15555550100"}}""", null, "google", "tok-1")]
    [InlineData("""{"telephony":{"caller_id":"+1 555-555-0100"}}""", null, "phone", "+15555550100")]
    [InlineData(null, """{"accessToken":"tok-2"}""", "google", "tok-2")]
    [InlineData("""{"telephony":{"caller_id":"anonymous"}}""", null, null, null)]
    [InlineData("""{"accessToken":""}""", null, null, null)]
    public void Identity_comes_from_a_link_token_or_a_caller_id(string? payload, string? sessionParameters, string? provider, string? subject)
    {
        var payloadElement = payload is null ? (JsonElement?)null : JsonDocument.Parse(payload).RootElement;
        var parameters = sessionParameters is null
            ? null
            : JsonDocument.Parse(sessionParameters).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var identity = DialogflowIdentity.From(payloadElement, parameters);
        Assert.Equal(provider is null ? null : new PlatformIdentity(provider, subject!), identity);
    }

    [Fact]
    public void State_round_trips_through_session_parameters_and_stale_keys_are_deleted()
    {
        var state = new DialogState(Awaiting.SlotValue, null, IntentNames.Buy, SlotNames.Quantity, new Dictionary<string, string> { ["product"] = "oat milk" });
        var updates = DialogflowSessionState.Updates(state, ["vs_pendingPurchaseId", "vs_awaiting", "customerTier"]);
        Assert.Equal("SlotValue", updates["vs_awaiting"]);
        Assert.Equal("oat milk", updates["vs_slot_product"]);
        Assert.True(updates.ContainsKey("vs_pendingPurchaseId"));
        Assert.Null(updates["vs_pendingPurchaseId"]);
        Assert.False(updates.ContainsKey("customerTier"));

        var parameters = updates.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => JsonSerializer.SerializeToElement(kv.Value!, DialogflowTestJson.Default.String));
        var read = DialogflowSessionState.Read(parameters);
        Assert.Equal(state.ToDictionary(), read.ToDictionary());
    }

    [Fact]
    public void A_statement_ends_the_session_speaks_google_ssml_and_clears_state()
    {
        var request = Request("""{"detectIntentResponseId":"r","pageInfo":{"currentPage":"PAGE"},"sessionInfo":{"parameters":{"vs_awaiting":"PurchaseConfirmation","vs_pendingPurchaseId":"pp-1"}}}""".Replace("PAGE", Page, StringComparison.Ordinal));
        var turn = CxTurnMapper.ToTurn(request);
        var reply = Reply.Statement(SpeechNode.Sentences("Tom & Jerry <DVD>", new SpeechNode.Pause(20_000)));
        var response = CxReplyMapper.ToResponse(reply, turn, request);

        var messages = response.FulfillmentResponse!.Messages;
        Assert.Equal("<speak>Tom &amp; Jerry &lt;DVD&gt; <break time=\"10000ms\"/></speak>", messages[0].OutputAudioText!.Ssml);
        Assert.Equal("Tom & Jerry <DVD>", messages[1].Text!.Text.Single());
        Assert.Equal(CxMergeBehavior.Replace, response.FulfillmentResponse.MergeBehavior);
        Assert.Equal("projects/p/locations/global/agents/a/flows/f1/pages/END_SESSION", response.TargetPage);
        Assert.Null(response.TargetFlow);
        Assert.Equal(new Dictionary<string, string?> { ["vs_awaiting"] = null, ["vs_pendingPurchaseId"] = null }, response.SessionInfo!.Parameters);
    }

    [Fact]
    public void A_question_keeps_the_session_and_writes_its_state()
    {
        var request = Request($$$"""{"detectIntentResponseId":"r","pageInfo":{"currentPage":"{{{Page}}}"}}""");
        var reply = Reply.Question("Order it again?", "Say yes or no.", new DialogState(Awaiting.PurchaseConfirmation, "pp-1"));
        var response = CxReplyMapper.ToResponse(reply, CxTurnMapper.ToTurn(request), request);
        Assert.Null(response.TargetPage);
        Assert.Null(response.PageInfo);
        Assert.Equal("PurchaseConfirmation", response.SessionInfo!.Parameters["vs_awaiting"]);
        Assert.Equal("pp-1", response.SessionInfo.Parameters["vs_pendingPurchaseId"]);
        Assert.Equal("Say yes or no.", response.SessionInfo.Parameters["vs_reprompt"]);
    }

    [Fact]
    public void Eliciting_a_slot_the_form_just_filled_marks_it_invalid()
    {
        var request = Request("""
            {"detectIntentResponseId":"r","pageInfo":{"formInfo":{"parameterInfo":[
              {"displayName":"product","required":true,"state":"FILLED","value":"frobnicator","justCollected":true},
              {"displayName":"quantity","required":false,"state":"FILLED","value":2}]}}}
            """);
        var reply = Reply.Question("Which one?", "Which one?", DialogState.Empty) with { Elicit = new SlotElicitation(IntentNames.Buy, SlotNames.Product) };
        var response = CxReplyMapper.ToResponse(reply, CxTurnMapper.ToTurn(request), request);
        var invalid = Assert.Single(response.PageInfo!.FormInfo!.ParameterInfo!);
        Assert.Equal(("product", true, "INVALID"), (invalid.DisplayName, invalid.Required, invalid.State));
        Assert.Null(response.SessionInfo!.Parameters["product"]);
    }

    [Fact]
    public void Hand_off_sends_live_agent_handoff_and_keeps_the_page()
    {
        var request = Request($$$"""{"detectIntentResponseId":"r","pageInfo":{"currentPage":"{{{Page}}}"}}""");
        var reply = Reply.Statement("I'll connect you.") with { HandOffToAgent = true };
        var response = CxReplyMapper.ToResponse(reply, CxTurnMapper.ToTurn(request), request, new() { ["customerId"] = "cust-1" });
        Assert.Equal("cust-1", response.FulfillmentResponse!.Messages.Single(m => m.LiveAgentHandoff is not null).LiveAgentHandoff!.Metadata!["customerId"]);
        Assert.Null(response.TargetPage);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("projects/p/locations/l/agents/a", null)]
    [InlineData("projects/p/locations/l/agents/a/flows/f/pages/START_PAGE", "projects/p/locations/l/agents/a/flows/f/pages/END_SESSION")]
    public void End_session_target_is_in_the_current_flow(string? currentPage, string? expected) =>
        Assert.Equal(expected, CxReplyMapper.EndSessionTarget(currentPage));

    [Theory]
    [InlineData(null, "en-US")]
    [InlineData("en", "en-US")]
    [InlineData("en-us", "en-US")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("de", "de")]
    public void Language_codes_become_locales(string? code, string expected) => Assert.Equal(expected, DialogflowLocale.From(code));
}
