using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VoiceShop.Intents.Telemetry;

/// <summary>
/// What production needs to see of the conversation: a span per turn, turn latency by platform and intent,
/// and how often the shopper was not understood (orders placed are counted by the commerce core). The instruments cost next to nothing when
/// nobody listens; the host subscribes an exporter only when OTLP is configured.
/// </summary>
public static class ConversationTelemetry
{
    /// <summary>The name of the activity source and meter, for exporters to subscribe to.</summary>
    public const string Name = "VoiceShop";

    /// <summary>Spans: one per turn.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Milliseconds from the platform-neutral turn to its reply (store work included, HTTP excluded).</summary>
    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "voiceshop.turn.duration", unit: "ms", description: "Time to answer one conversation turn, by platform and intent.");

    /// <summary>Turns that reached the fallback handler: what the shopper said was not understood.</summary>
    public static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "voiceshop.nlu.fallbacks", unit: "{turn}", description: "Turns answered by the fallback handler, by platform.");

    /// <summary>Requests refused because the platform's signature or token did not verify.</summary>
    public static readonly Counter<long> VerificationFailures = Meter.CreateCounter<long>(
        "voiceshop.verification.failures", unit: "{request}", description: "Requests refused by platform verification, by platform.");

    /// <summary>Records one answered turn.</summary>
    public static void RecordTurn(string platform, string intent, double milliseconds, bool fellBack)
    {
        var platformTag = KeyValuePair.Create<string, object?>("voiceshop.platform", platform);
        TurnDuration.Record(milliseconds, platformTag, KeyValuePair.Create<string, object?>("voiceshop.intent", intent));
        if (fellBack)
        {
            Fallbacks.Add(1, platformTag);
        }
    }
}
