using System.Text;
using System.Text.Json;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Skills.Tests.Dialogflow;

public sealed class DialogflowJsonTests
{
    private static CxWebhookRequest? Parse(string json) =>
        DialogflowJson.Parse(Encoding.UTF8.GetBytes(json), DialogflowJsonContext.Default.CxWebhookRequest);

    [Fact]
    public void Snake_case_structure_binds_like_camel_case()
    {
        var request = Parse("""
            {"detect_intent_response_id":"r1","fulfillment_info":{"tag":"buy"},
             "intent_info":{"display_name":"BuyIntent","parameters":{"product":{"original_value":"double a","resolved_value":"BAT-AA"}}},
             "page_info":{"form_info":{"parameter_info":[{"display_name":"quantity","state":"FILLED","value":2,"just_collected":true}]}},
             "session_info":{"session":"s","parameters":{"vs_awaiting":"SlotValue"}}}
            """);
        Assert.NotNull(request);
        Assert.Equal("r1", request.DetectIntentResponseId);
        Assert.Equal("buy", request.FulfillmentInfo?.Tag);
        Assert.Equal("BuyIntent", request.IntentInfo?.DisplayName);
        Assert.Equal("double a", request.IntentInfo!.Parameters!["product"].OriginalValue);
        Assert.Equal("BAT-AA", request.IntentInfo.Parameters["product"].ResolvedValue?.GetString());
        var form = Assert.Single(request.PageInfo!.FormInfo!.ParameterInfo!);
        Assert.Equal(("quantity", "FILLED", true), (form.DisplayName, form.State, form.JustCollected));
        Assert.Equal("SlotValue", request.SessionInfo!.Parameters!["vs_awaiting"].GetString());
    }

    [Fact]
    public void Free_form_keys_keep_their_spelling()
    {
        var request = Parse("""
            {"detectIntentResponseId":"r1",
             "sessionInfo":{"parameters":{"pending_thing":"x","cohort-name":"y"}},
             "payload":{"telephony":{"caller_id":"+15555550100"}},
             "intentInfo":{"parameters":{"max_price":{"originalValue":"a hundred dollars","resolvedValue":{"amount":100,"currency_code":"USD"}}}}}
            """);
        Assert.NotNull(request);
        Assert.True(request.SessionInfo!.Parameters!.ContainsKey("pending_thing"));
        Assert.True(request.SessionInfo.Parameters.ContainsKey("cohort-name"));
        Assert.Equal("+15555550100", request.Payload!.Value.GetProperty("telephony").GetProperty("caller_id").GetString());
        var maxPrice = request.IntentInfo!.Parameters!["max_price"];
        Assert.Equal("a hundred dollars", maxPrice.OriginalValue);
        Assert.True(maxPrice.ResolvedValue!.Value.TryGetProperty("currency_code", out _));
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var request = Parse("""
            {"detectIntentResponseId":"r1","languageInfo":{"inputLanguageCode":"en"},
             "messages":[{"text":{"text":["hi"],"redactedText":["hi"]},"responseType":"HANDLER_PROMPT","source":"VIRTUAL_AGENT"}],
             "sentimentAnalysisResult":{"score":0.1,"magnitude":0.2},"somethingNew":[1,{"a":null}]}
            """);
        Assert.Equal("r1", request?.DetectIntentResponseId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[{}]")]
    [InlineData("{\"detectIntentResponseId\":{}}")]
    [InlineData("{\"fulfillmentInfo\":[]}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"detectIntentResponseId\":\"a\",\"detectIntentResponseId\":\"b\"}")]
    [InlineData("{\"sessionInfo\":{\"parameters\":{\"x\":1,\"x\":2}}}")]
    public void Malformed_bodies_are_null(string json) => Assert.Null(Parse(json));

    [Fact]
    public void When_both_spellings_arrive_the_camel_case_one_wins()
    {
        var request = Parse("""{"detectIntentResponseId":"r1","fulfillment_info":{"tag":"deny"},"fulfillmentInfo":{"tag":"confirm"}}""");
        Assert.Equal("confirm", request?.FulfillmentInfo?.Tag);
        var reversed = Parse("""{"detectIntentResponseId":"r1","fulfillmentInfo":{"tag":"confirm"},"fulfillment_info":{"tag":"deny"}}""");
        Assert.Equal("confirm", reversed?.FulfillmentInfo?.Tag);
    }

    [Fact]
    public void A_byte_order_mark_is_tolerated()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"detectIntentResponseId\":\"r1\"}")).ToArray();
        Assert.Equal("r1", DialogflowJson.Parse(bytes, DialogflowJsonContext.Default.CxWebhookRequest)?.DetectIntentResponseId);
    }

    [Theory]
    [InlineData("fulfillment_response", "fulfillmentResponse")]
    [InlineData("page_info", "pageInfo")]
    [InlineData("detectIntentResponseId", "detectIntentResponseId")]
    [InlineData("tag", "tag")]
    public void Names_become_camel_case(string name, string expected) => Assert.Equal(expected, DialogflowJson.ToCamelCase(name));

    [Fact]
    public void Responses_are_written_in_camel_case_with_null_deleting_parameters()
    {
        var response = new CxWebhookResponse
        {
            FulfillmentResponse = new CxFulfillmentResponse { Messages = [new CxResponseMessage { Text = new CxText { Text = ["hi"] } }], MergeBehavior = "REPLACE" },
            SessionInfo = new CxSessionUpdate { Parameters = new() { ["vs_awaiting"] = null, ["vs_elicitSlot"] = "product" } },
        };
        var json = JsonSerializer.Serialize(response, DialogflowJsonContext.Default.CxWebhookResponse);
        Assert.Equal(
            """{"fulfillmentResponse":{"messages":[{"text":{"text":["hi"]}}],"mergeBehavior":"REPLACE"},"sessionInfo":{"parameters":{"vs_awaiting":null,"vs_elicitSlot":"product"}}}""",
            json);
    }
}
