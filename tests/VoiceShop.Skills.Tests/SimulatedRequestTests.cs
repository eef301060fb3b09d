using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Model;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.Model;
using VoiceShop.Skills.Simulation;

namespace VoiceShop.Skills.Tests;

/// <summary>
/// The simulator's requests are read by the real adapters exactly as meant: the same intent, slots, state,
/// identity and device come out of the platform mapper that the simulator put in.
/// </summary>
public sealed class SimulatedRequestTests
{
    private static readonly SimulatedMeaning Buy = new(
        IntentNames.Buy,
        new Dictionary<string, SlotValue> { [SlotNames.Product] = new("double a batteries", "BAT-AA", "AA batteries"), [SlotNames.Quantity] = new("2") },
        0.9);

    [Theory]
    [InlineData(SimulatedDevice.Screen, true, false)]
    [InlineData(SimulatedDevice.SmartSpeaker, false, false)]
    [InlineData(SimulatedDevice.Car, false, true)]
    public void Alexa_request_maps_to_the_turn_it_simulates(SimulatedDevice device, bool hasScreen, bool brief)
    {
        var session = SimulatorSession.Start();
        session.ReplaceCarried(new JsonObject { ["awaiting"] = "PurchaseConfirmation", ["pendingPurchaseId"] = "pp_1" });

        var json = AlexaRequestFactory.Build(session, new SimulatedShopper("demo-token", device), Buy, DateTimeOffset.UnixEpoch);
        var turn = AlexaTurnMapper.ToTurn(JsonSerializer.Deserialize(json.ToJsonString(), AlexaJsonContext.Default.AlexaRequestEnvelope)!);

        Assert.Equal(IntentNames.Buy, turn.IntentName);
        Assert.Equal(new SlotValue("double a batteries", "BAT-AA", "AA batteries"), turn.Slots[SlotNames.Product]);
        Assert.Equal("2", turn.Slots[SlotNames.Quantity].Spoken);
        Assert.Equal("demo-token", turn.Identity?.Subject);
        Assert.Equal(Awaiting.PurchaseConfirmation, turn.State.Awaiting);
        Assert.Equal("pp_1", turn.State.PendingPurchaseId);
        Assert.Equal(new DeviceProfile(hasScreen, brief), turn.Device);
    }

    [Fact]
    public void Alexa_yes_uses_the_built_in_intent_name_and_launch_is_a_launch_request()
    {
        var session = SimulatorSession.Start();
        var launch = AlexaRequestFactory.Build(session, new SimulatedShopper(null), SimulatedMeaning.Launch, DateTimeOffset.UnixEpoch);
        var yes = AlexaRequestFactory.Build(session, new SimulatedShopper(null), new SimulatedMeaning(IntentNames.Yes, new Dictionary<string, SlotValue>(), 1), DateTimeOffset.UnixEpoch);

        Assert.Equal("LaunchRequest", launch["request"]!["type"]!.GetValue<string>());
        Assert.Equal("AMAZON.YesIntent", yes["request"]!["intent"]!["name"]!.GetValue<string>());
        Assert.Null(yes["context"]!["System"]!["user"]!["accessToken"]);
    }

    [Fact]
    public void Dialogflow_request_maps_to_the_turn_it_simulates()
    {
        var session = SimulatorSession.Start();
        session.ReplaceCarried(new JsonObject { ["vs_awaiting"] = "PurchaseConfirmation", ["vs_pendingPurchaseId"] = "pp_2" });

        var json = DialogflowRequestFactory.Build(session, new SimulatedShopper("demo-google-token", SimulatedDevice.Screen), Buy, "buy two packs of double a batteries");
        var turn = CxTurnMapper.ToTurn(JsonSerializer.Deserialize(json.ToJsonString(), DialogflowJsonContext.Default.CxWebhookRequest)!);

        Assert.Equal("buy", json["fulfillmentInfo"]!["tag"]!.GetValue<string>());
        Assert.Equal(IntentNames.Buy, turn.IntentName);
        Assert.Equal("BAT-AA", turn.Slots[SlotNames.Product].ResolvedId);
        Assert.Equal("2", turn.Slots[SlotNames.Quantity].Spoken);
        Assert.Equal("demo-google-token", turn.Identity?.Subject);
        Assert.Equal("pp_2", turn.State.PendingPurchaseId);
        Assert.True(turn.Device.HasScreen);
    }

    [Fact]
    public void Session_survives_the_round_trip_through_the_browser()
    {
        var session = SimulatorSession.Start();
        session.RecordRequest();
        session.ReplaceCarried(new JsonObject { ["awaiting"] = "AnythingElse" });

        var back = SimulatorSession.FromJson(JsonNode.Parse(session.ToJson().ToJsonString())!.AsObject());

        Assert.Equal(session.SessionId, back.SessionId);
        Assert.False(back.IsNew);
        Assert.Equal(1, back.RequestCount);
        Assert.Equal("AnythingElse", back.Carried["awaiting"]!.GetValue<string>());
        Assert.True(SimulatorSession.FromJson(new JsonObject { ["sessionId"] = 42 }).IsNew);
    }

    [Theory]
    [InlineData("{\"turns\":[]}")]
    [InlineData("{\"turns\":[{\"expect\":{}}]}")]
    [InlineData("{\"platform\":\"siri\",\"turns\":[{\"user\":\"hi\"}]}")]
    public void Conversation_files_without_usable_turns_or_with_an_unknown_platform_are_refused(string json)
    {
        Assert.Throws<JsonException>(() => ConversationScript.Parse(json));
    }
}
