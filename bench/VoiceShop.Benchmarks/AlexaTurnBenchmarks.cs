using System.Text.Json;
using BenchmarkDotNet.Attributes;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
using VoiceShop.Skills;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Model;
using VoiceShop.Speech;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Benchmarks;

/// <summary>
/// One Alexa turn without HTTP: parse the body, run the conversation over a real SQLite store, render SSML
/// and serialize the answer, exactly as the host's composition root wires it. The parts are measured too,
/// so the cost of a turn can be split between JSON, the store and speech.
/// </summary>
[Config(typeof(InProcessConfig))]
public class AlexaTurnBenchmarks
{
    private readonly byte[] _orderStatus = AlexaRequests.Intent("OrderStatusIntent");
    private readonly byte[] _help = AlexaRequests.Intent("AMAZON.HelpIntent");
    private readonly byte[] _reorder = AlexaRequests.Intent("ReorderIntent");
    private SeededHost _host = null!;
    private AlexaSkill _skill = null!;
    private SpeechNode _orderStatusSpeech = null!;
    private ICommerceStore _store = null!;
    private long _sequence;
    private readonly PlatformIdentity _identity = new(PlatformIdentity.Alexa, DemoData.DemoAccessToken);

    [GlobalSetup]
    public void Setup()
    {
        _host = new SeededHost();
        _store = _host.Store;
        _skill = _host.Get<AlexaSkill>();
        _orderStatusSpeech = _skill.HandleAsync(_orderStatus, CancellationToken.None).GetAwaiter().GetResult().Reply!.Speech;
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    /// <summary>The whole read turn: parse, dispatch, two store reads, SSML, response JSON.</summary>
    [Benchmark(Baseline = true)]
    public async Task<byte[]> OrderStatusTurn() => Serialize(await _skill.HandleAsync(Fresh(_orderStatus), CancellationToken.None));

    /// <summary>A turn that touches the store only to find the shopper.</summary>
    [Benchmark]
    public async Task<byte[]> HelpTurn() => Serialize(await _skill.HandleAsync(Fresh(_help), CancellationToken.None));

    /// <summary>The quoting half of the write path: reads the history and writes a pending purchase.</summary>
    [Benchmark]
    public async Task<byte[]> ReorderQuoteTurn() => Serialize(await _skill.HandleAsync(Fresh(_reorder), CancellationToken.None));

    /// <summary>Only the store read of the order-status turn: the shopper by identity with their orders.</summary>
    [Benchmark]
    public async Task<int> OrderStatusStoreReadsOnly() =>
        (await _store.FindCustomerWithOrdersByIdentityAsync(_identity, CancellationToken.None))!.Orders.Count;

    /// <summary>Only the JSON parse of the request envelope.</summary>
    [Benchmark]
    public AlexaRequestEnvelope? ParseOnly() => AlexaSkill.Parse(_orderStatus);

    /// <summary>Only the SSML rendering of the order-status answer.</summary>
    [Benchmark]
    public string RenderSsmlOnly() => SsmlRenderer.ToSsml(_orderStatusSpeech, SsmlDialect.Alexa, VoiceShop.Speech.Phrasing.SpeechLocale.EnUs);

    /// <summary>The body with a request id never used before, so the turn runs instead of being replayed.</summary>
    private byte[] Fresh(byte[] body)
    {
        AlexaRequests.NewRequestId(body, ++_sequence);
        return body;
    }

    private static byte[] Serialize(ChannelResult<AlexaResponseEnvelope> result) => result.ToJson();
}
