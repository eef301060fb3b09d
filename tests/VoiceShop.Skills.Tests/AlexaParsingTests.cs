using System.Text;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa;

namespace VoiceShop.Skills.Tests;

/// <summary>The tolerant reader: real Alexa payloads vary in ways a strict model would reject.</summary>
public sealed class AlexaParsingTests
{
    private const string Body = """
        {
          "context": {"System": {"user": {"userId": "u", "accessToken": "from-context"}, "application": {"applicationId": "skill-1"},
                                 "device": {"supportedInterfaces": {"Display": {}}}}, "Automotive": {}},
          "request": {"locale": "en-GB", "timestamp": 1732471200000, "requestId": "r-1", "type": "IntentRequest", "futureField": [1, 2],
                      "intent": {"name": "AMAZON.YesIntent", "confirmationStatus": "CONFIRMED", "slots": {"product": {"name": "product", "value": "towels",
                        "resolutions": {"resolutionsPerAuthority": [{"authority": "a", "status": {"code": "ER_SUCCESS_NO_MATCH"}},
                                                                    {"authority": "b", "status": {"code": "ER_SUCCESS_MATCH"}, "values": [{"value": {"name": "paper towels", "id": "PT-2PK"}}]}]}}}}},
          "session": {"new": false, "sessionId": "s-1", "attributes": {"awaiting": "PurchaseConfirmation", "pendingPurchaseId": "pp_1", "counter": 3},
                      "user": {"userId": "u", "accessToken": "from-session"}},
          "version": "1.0"
        }
        """;

    [Fact]
    public void Reads_type_late_epoch_milliseconds_a_bom_and_unknown_fields()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Body)).ToArray();

        var envelope = AlexaSkill.Parse(bytes);

        Assert.NotNull(envelope);
        Assert.Equal("IntentRequest", envelope.Request!.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1732471200000), envelope.Request.Timestamp);
    }

    [Fact]
    public void Maps_to_a_neutral_turn_with_resolved_slots_state_identity_and_device()
    {
        var turn = AlexaTurnMapper.ToTurn(AlexaSkill.Parse(Encoding.UTF8.GetBytes(Body))!);

        Assert.Equal(IntentNames.Yes, turn.IntentName);
        Assert.Equal(Confirmation.Confirmed, turn.Confirmation);
        Assert.Equal("en-GB", turn.Locale);
        Assert.Equal(new SlotValue("towels", "PT-2PK", "paper towels"), turn.Slot(SlotNames.Product));
        Assert.Equal("from-context", turn.Identity?.Subject);
        Assert.Equal(new DialogState(Awaiting.PurchaseConfirmation, "pp_1"), turn.State);
        Assert.True(turn.Device.HasScreen);
        Assert.True(turn.Device.Brief);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"request\": {\"timestamp\": {}}}")]
    public void Malformed_bodies_parse_to_null(string body)
    {
        Assert.Null(AlexaSkill.Parse(Encoding.UTF8.GetBytes(body)));
    }
}
