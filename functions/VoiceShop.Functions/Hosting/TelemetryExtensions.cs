using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using VoiceShop.Commerce.Telemetry;
using VoiceShop.Intents.Telemetry;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics over OTLP, switched on by the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// setting (and configured by the other standard <c>OTEL_*</c> variables). Without it nothing is registered,
/// so a default instance neither exports nor pays for collection, and cold start stays as it was.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The setting whose presence turns export on.</summary>
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddVoiceShopTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointSetting]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "voiceshop"))
            .WithTracing(tracing => tracing
                .AddSource(ConversationTelemetry.Name)
                .AddSource("Microsoft.AspNetCore")
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(ConversationTelemetry.Name, CommerceTelemetry.Name)
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                .AddOtlpExporter());
        return builder;
    }
}
