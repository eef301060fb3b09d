using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
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

    private string _folder = "";
    private WebApplication _app = null!;
    private DialogflowSkill _skill = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("voiceshop-bench-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}";
        builder.Configuration["Alexa:VerifyRequests"] = "false";
        builder.Configuration["Dialogflow:Auth:Mode"] = "None";
        builder.Logging.ClearProviders();
        builder.AddVoiceShop();
        builder.AddDialogflow();
        _app = builder.Build();
        var store = _app.Services.GetRequiredService<ICommerceStore>();
        store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        DemoData.SeedIfEmptyAsync(store, _app.Services.GetRequiredService<IClock>(), CancellationToken.None).GetAwaiter().GetResult();
        _skill = _app.Services.GetRequiredService<DialogflowSkill>();
        var reply = _skill.HandleCxAsync(_orderStatus, CancellationToken.None).GetAwaiter().GetResult().Reply;
        if (reply is null || reply.LinkAccount)
        {
            throw new InvalidOperationException("The benchmark request did not reach the demo shopper's orders.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_app as IDisposable)?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Request bytes in, response bytes out: parse, identity, two store reads, SSML, JSON.</summary>
    [Benchmark]
    public async Task<byte[]> OrderStatusRoundTrip()
    {
        var result = await _skill.HandleCxAsync(_orderStatus, CancellationToken.None);
        return JsonSerializer.SerializeToUtf8Bytes(result.Response!, DialogflowJsonContext.Default.CxWebhookResponse);
    }
}
