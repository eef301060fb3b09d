using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Benchmarks;

/// <summary>
/// One Dialogflow CX webhook round trip without HTTP: parse the WebhookRequest, resolve the linked shopper,
/// run the order-status conversation over a real SQLite store and serialize the WebhookResponse with its
/// Google SSML, wired by the host's own composition root.
/// </summary>
[Config(typeof(InProcessConfig))]
public class DialogflowTurnBenchmarks
{
    private readonly byte[] _orderStatus = Encoding.UTF8.GetBytes("""
        {"detectIntentResponseId":"bench","languageCode":"en","fulfillmentInfo":{"tag":"order-status"},
         "intentInfo":{"lastMatchedIntent":"projects/p/locations/l/agents/a/intents/i","displayName":"OrderStatusIntent","confidence":0.9},
         "sessionInfo":{"session":"projects/p/locations/l/agents/a/sessions/bench","parameters":{}},
         "text":"where is my order","payload":{"accessToken":"demo-google-token"}}
        """);

    private SeededHost _host = null!;
    private DialogflowSkill _skill = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new SeededHost(builder =>
        {
            builder.Configuration["Dialogflow:Auth:Mode"] = "None";
            builder.Services.AddDialogflowSkill();
        });
        _skill = _host.Get<DialogflowSkill>();
        var reply = _skill.HandleCxAsync(_orderStatus, CancellationToken.None).GetAwaiter().GetResult().Reply;
        if (reply is null || reply.LinkAccount)
        {
            throw new InvalidOperationException("The benchmark request did not reach the demo shopper's orders.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    /// <summary>Request bytes in, response bytes out: parse, identity, two store reads, SSML, JSON.</summary>
    [Benchmark]
    public async Task<byte[]> OrderStatusRoundTrip()
    {
        var result = await _skill.HandleCxAsync(_orderStatus, CancellationToken.None);
        return JsonSerializer.SerializeToUtf8Bytes(result.Response!, DialogflowJsonContext.Default.CxWebhookResponse);
    }
}
