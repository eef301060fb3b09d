using BenchmarkDotNet.Attributes;
using NodaTime;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Verification;
using VoiceShop.Tests.Support;

namespace VoiceShop.Benchmarks;

/// <summary>
/// Verifying a signed Alexa request once its certificate chain is cached, which is every request but the
/// first per chain URL: the URL check, the cached chain, the RSA SHA-256 signature over the body and the
/// timestamp. The chain is issued by a private root (as in the tests) and served from memory.
/// </summary>
[Config(typeof(InProcessConfig))]
public class SignatureVerificationBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 18, 0, 30);

    private string _folder = "";
    private TestAlexaSigner _signer = null!;
    private AlexaRequestVerifier _verifier = null!;
    private AlexaHttpRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("voiceshop-bench-").FullName;
        _signer = new TestAlexaSigner(Now.ToDateTimeOffset());
        var chains = new CertificateChainHandler();
        chains.Serve(TestAlexaSigner.ChainUrl, _signer.ChainPem());
        var options = new AlexaOptions { VerifyRequests = true, TrustedRootsPath = _signer.WriteRootPem(_folder) };
        var clock = new FixedClock(Now);
        _verifier = new AlexaRequestVerifier(options, new AlexaSigningCertificates(new SingleHandlerClientFactory(chains), options, clock), clock);
        var body = AlexaRequests.Intent("OrderStatusIntent");
        _request = new AlexaHttpRequest(TestAlexaSigner.ChainUrl, _signer.Sign(body), null, body);
        if (Verify().GetAwaiter().GetResult() is { } failed)
        {
            throw new InvalidOperationException($"The benchmark request does not verify: {failed}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _signer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Null when the request verifies, as it must here.</summary>
    [Benchmark]
    public Task<string?> Verify() => _verifier.VerifyAsync(_request, CancellationToken.None);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
