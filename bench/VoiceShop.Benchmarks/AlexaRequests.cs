using System.Text;

namespace VoiceShop.Benchmarks;

/// <summary>Alexa request bodies shaped like the ones Alexa sends, for the demo shopper.</summary>
internal static class AlexaRequests
{
    public static byte[] Intent(string intentName) => Envelope($$"""
        {"type":"IntentRequest","requestId":"amzn1.echo-api.request.bench","timestamp":"2026-11-24T18:00:00Z","locale":"en-US",
         "dialogState":"STARTED","intent":{"name":"{{intentName}}","confirmationStatus":"NONE","slots":{} } }
        """);

    private static byte[] Envelope(string request) => Encoding.UTF8.GetBytes($$"""
        {"version":"1.0",
         "session":{"new":false,"sessionId":"amzn1.echo-api.session.bench","application":{"applicationId":"amzn1.ask.skill.voiceshop-bench"},
           "attributes":{},"user":{"userId":"amzn1.ask.account.bench","accessToken":"demo-token"} },
         "context":{"System":{"application":{"applicationId":"amzn1.ask.skill.voiceshop-bench"},
           "user":{"userId":"amzn1.ask.account.bench","accessToken":"demo-token"},
           "device":{"deviceId":"amzn1.ask.device.bench","supportedInterfaces":{} },"apiEndpoint":"https://api.amazonalexa.com" } },
         "request":{{request}} }
        """);
}
