using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Skills.Alexa.Verification;
using VoiceShop.Tests.Support;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The real host with request verification on, trusting a test root through <c>Alexa:TrustedRootsPath</c>,
/// with S3 played by a handler on the named certificate client, and a client that signs every request the
/// way Alexa does (optionally tampering with the body after signing).
/// </summary>
public sealed class SignedAlexaHost : IDisposable
{
    public const string SkillId = "amzn1.ask.skill.voiceshop-test";

    private readonly CertificateChainHandler _s3 = new();
    private HttpClient? _client;

    public SignedAlexaHost(IDictionary<string, string?>? settings = null)
    {
        Host = new VoiceShopHost(services: services =>
        {
            services.AddHttpClient(AlexaSigningCertificates.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _s3);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        });
        Signer = new TestAlexaSigner(VoiceShopHost.DefaultNow.ToDateTimeOffset());
        _s3.Serve(TestAlexaSigner.ChainUrl, Signer.ChainPem());
        Host.Settings["Alexa:VerifyRequests"] = "true";
        Host.Settings["Alexa:TrustedRootsPath"] = Signer.WriteRootPem(Host.TempDirectory);
        Host.Settings["Alexa:SkillIds:0"] = SkillId;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Host.Settings[key] = value;
        }

        Signing = new AlexaSigningHandler(Signer);
    }

    public VoiceShopHost Host { get; }

    /// <summary>Warnings and errors the host logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public TestAlexaSigner Signer { get; }

    public AlexaSigningHandler Signing { get; }

    /// <summary>The signing client; creating it starts the host.</summary>
    public HttpClient Client => _client ??= Host.CreateDefaultClient(Signing);

    public void Dispose()
    {
        _client?.Dispose();
        Host.Dispose();
        Signer.Dispose();
    }
}

/// <summary>Adds <c>SignatureCertChainUrl</c> and <c>Signature-256</c> to each request, as Alexa does.</summary>
public sealed class AlexaSigningHandler(TestAlexaSigner signer) : DelegatingHandler
{
    /// <summary>Flip one byte of the body after signing (an attacker editing a captured request).</summary>
    public bool TamperAfterSigning { get; set; }

    /// <summary>Send no signature headers at all.</summary>
    public bool Unsigned { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!Unsigned && request.Content is { } content)
        {
            var body = await content.ReadAsByteArrayAsync(cancellationToken);
            request.Headers.Add("SignatureCertChainUrl", TestAlexaSigner.ChainUrl);
            request.Headers.Add("Signature-256", signer.Sign(body));
            if (TamperAfterSigning)
            {
                var at = Array.LastIndexOf(body, (byte)'}');
                body[at - 1] = body[at - 1] == (byte)' ' ? (byte)'\t' : (byte)' ';
                var tampered = new ByteArrayContent(body);
                foreach (var header in content.Headers)
                {
                    tampered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                request.Content = tampered;
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
