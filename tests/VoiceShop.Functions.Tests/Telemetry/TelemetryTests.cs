using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using VoiceShop.Commerce.Telemetry;
using VoiceShop.Intents.Telemetry;

namespace VoiceShop.Functions.Tests.Telemetry;

/// <summary>Measurements are process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public TelemetryTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name is ConversationTelemetry.Name or CommerceTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    [Fact]
    public async Task A_turn_records_its_latency_by_platform_and_intent()
    {
        using var host = new VoiceShopHost();
        var conversation = new AlexaConversation(host.CreateClient());

        await conversation.IntentAsync("OrderStatusIntent");

        var turn = Assert.Single(_measurements, m => m.Instrument == "voiceshop.turn.duration");
        Assert.Equal("alexa", turn.Tags["voiceshop.platform"]);
        Assert.Equal("OrderStatusIntent", turn.Tags["voiceshop.intent"]);
        Assert.True(turn.Value > 0);
    }

    [Fact]
    public async Task An_order_is_counted_once_however_often_it_is_confirmed()
    {
        using var host = new VoiceShopHost();
        var conversation = new AlexaConversation(host.CreateClient());
        await conversation.IntentAsync("ReorderIntent");
        var yes = conversation.Build(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE", ["slots"] = new System.Text.Json.Nodes.JsonObject() },
        });

        await conversation.PostAsync(yes);
        await conversation.PostAsync(yes);

        Assert.Equal(1, _measurements.Where(m => m.Instrument == "voiceshop.orders.placed").Sum(m => m.Value));
    }

    [Fact]
    public async Task Not_understood_turns_are_counted_as_fallbacks()
    {
        using var host = new VoiceShopHost();
        var conversation = new AlexaConversation(host.CreateClient());

        await conversation.IntentAsync("AMAZON.FallbackIntent");
        await conversation.IntentAsync("OrderStatusIntent");

        var fallback = Assert.Single(_measurements, m => m.Instrument == "voiceshop.nlu.fallbacks");
        Assert.Equal("alexa", fallback.Tags["voiceshop.platform"]);
    }

    [Fact]
    public async Task Refused_requests_are_counted_as_verification_failures()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:VerifyRequests"] = "true" });
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/alexa", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, _measurements.Where(m => m.Instrument == "voiceshop.verification.failures").Sum(m => m.Value));
    }

    [Fact]
    public void Nothing_is_exported_unless_an_OTLP_endpoint_is_configured()
    {
        using var plain = new VoiceShopHost();
        Assert.Null(plain.Services.GetService<MeterProvider>());
        Assert.Null(plain.Services.GetService<TracerProvider>());

        using var exporting = new VoiceShopHost(settings: new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318" });
        Assert.NotNull(exporting.Services.GetService<MeterProvider>());
        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>();
        foreach (var (key, tagValue) in tags)
        {
            copied[key] = tagValue;
        }

        _measurements.Enqueue((instrument.Name, value, copied));
    }
}
