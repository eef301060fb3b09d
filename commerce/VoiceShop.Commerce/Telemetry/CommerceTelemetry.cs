using System.Diagnostics.Metrics;

namespace VoiceShop.Commerce.Telemetry;

/// <summary>
/// Business counters of the commerce core, whatever channel the purchase came through. They cost next to
/// nothing when nobody listens; the host subscribes an exporter only when OTLP is configured.
/// </summary>
public static class CommerceTelemetry
{
    /// <summary>The meter name, for exporters to subscribe to.</summary>
    public const string Name = "VoiceShop.Commerce";

    private static readonly Meter Meter = new(Name);

    /// <summary>Orders written and charged; a repeated confirmation of the same purchase is not counted again.</summary>
    public static readonly Counter<long> OrdersPlaced = Meter.CreateCounter<long>(
        "voiceshop.orders.placed", unit: "{order}", description: "Orders placed and captured.");
}
