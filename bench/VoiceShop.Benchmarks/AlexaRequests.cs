using System.Text;

namespace VoiceShop.Benchmarks;

/// <summary>Alexa request bodies shaped like the ones Alexa sends, for the demo shopper.</summary>
internal static class AlexaRequests
{
    /// <summary>Where each body's request id has room for a fresh number (see <see cref="NewRequestId"/>).</summary>
    private const string RequestIdDigits = "0000000000000000";

    /// <summary>
    /// Writes <paramref name="sequence"/> into the body's request id, in place: every Alexa request has its own
    /// id, and a repeated id would be answered from the host's replay log instead of by a real turn.
    /// </summary>
    public static void NewRequestId(byte[] body, long sequence)
    {
        var at = RequestIdOffset(body);
        System.Buffers.Text.Utf8Formatter.TryFormat(sequence, body.AsSpan(at, RequestIdDigits.Length), out _, new System.Buffers.StandardFormat('D', (byte)RequestIdDigits.Length));
    }

    private static int RequestIdOffset(byte[] body) =>
        body.AsSpan().IndexOf("amzn1.echo-api.request."u8) + "amzn1.echo-api.request."u8.Length;

    public static byte[] Intent(string intentName) => Envelope($$"""
        {"type":"IntentRequest","requestId":"amzn1.echo-api.request.{{RequestIdDigits}}","timestamp":"2026-11-24T18:00:00Z","locale":"en-US",
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
