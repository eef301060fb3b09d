using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Verification;
using VoiceShop.Tests.Support;

namespace VoiceShop.Skills.Tests.Alexa.Verification;

/// <summary>
/// Each of Amazon's verification rules, proven by a request that breaks only that rule. The certificates
/// come from a test root trusted through Alexa:TrustedRootsPath, exactly as a private deployment would.
/// </summary>
public sealed class AlexaRequestVerifierTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 18, 0);

    private readonly TestAlexaSigner _signer = new(Now.ToDateTimeOffset());
    private readonly CertificateChainHandler _s3 = new();
    private readonly FakeClock _clock = new(Now);
    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-verify-").FullName;
    private readonly AlexaOptions _options;

    public AlexaRequestVerifierTests()
    {
        _s3.Serve(TestAlexaSigner.ChainUrl, _signer.ChainPem());
        _options = new AlexaOptions { VerifyRequests = true, TrustedRootsPath = _signer.WriteRootPem(_directory) };
    }

    [Fact]
    public async Task A_correctly_signed_current_request_passes()
    {
        var body = Body(Now);

        Assert.Null(await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task Changing_one_byte_of_the_body_breaks_the_signature()
    {
        var body = Body(Now);
        var signature = _signer.Sign(body);
        var tampered = (byte[])body.Clone();
        var at = Array.IndexOf(tampered, (byte)'Y');
        tampered[at] = (byte)'N';

        Assert.Equal(AlexaVerificationChecks.SignatureMismatch, await VerifyAsync(tampered, signature));
    }

    [Fact]
    public async Task A_signature_made_with_another_key_is_rejected()
    {
        using var other = new TestAlexaSigner(Now.ToDateTimeOffset(), "Another Root");
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.SignatureMismatch, await VerifyAsync(body, other.Sign(body)));
    }

    [Fact]
    public async Task A_signing_certificate_without_the_echo_api_SAN_is_rejected()
    {
        using var leaf = _signer.IssueLeaf(san: "echo-api.example.com");
        _s3.Serve(TestAlexaSigner.ChainUrl, _signer.ChainPem(leaf));
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.CertificateSubjectAlternativeName, await VerifyAsync(body, _signer.Sign(body, leaf)));
    }

    [Fact]
    public async Task An_expired_signing_certificate_is_rejected()
    {
        var now = Now.ToDateTimeOffset();
        using var leaf = _signer.IssueLeaf(notBefore: now.AddDays(-60), notAfter: now.AddSeconds(-1));
        _s3.Serve(TestAlexaSigner.ChainUrl, _signer.ChainPem(leaf));
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.CertificateValidity, await VerifyAsync(body, _signer.Sign(body, leaf)));
    }

    [Fact]
    public async Task A_signing_certificate_not_yet_valid_is_rejected()
    {
        var now = Now.ToDateTimeOffset();
        using var leaf = _signer.IssueLeaf(notBefore: now.AddMinutes(5), notAfter: now.AddDays(60));
        _s3.Serve(TestAlexaSigner.ChainUrl, _signer.ChainPem(leaf));
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.CertificateValidity, await VerifyAsync(body, _signer.Sign(body, leaf)));
    }

    [Fact]
    public async Task A_chain_to_a_root_nobody_trusts_is_rejected_even_when_the_root_is_in_the_download()
    {
        using var impostor = new TestAlexaSigner(Now.ToDateTimeOffset(), "Impostor Root");
        _s3.Serve(TestAlexaSigner.ChainUrl, impostor.ChainPem());
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.CertificateChainUntrusted, await VerifyAsync(body, impostor.Sign(body)));
    }

    [Fact]
    public async Task Without_the_trusted_roots_file_the_test_root_is_not_trusted()
    {
        var body = Body(Now);
        _options.TrustedRootsPath = null;

        Assert.Equal(AlexaVerificationChecks.CertificateChainUntrusted, await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task A_request_with_only_the_SHA1_Signature_header_is_rejected()
    {
        var body = Body(Now);

        var failed = await Verifier().VerifyAsync(
            new AlexaHttpRequest(TestAlexaSigner.ChainUrl, Signature256: null, LegacySignature: _signer.Sign(body), body),
            CancellationToken.None);

        Assert.Equal(AlexaVerificationChecks.Sha1SignatureOnly, failed);
        Assert.Equal(0, _s3.Downloads);
    }

    [Fact]
    public async Task A_request_without_any_signature_is_rejected()
    {
        Assert.Equal(AlexaVerificationChecks.SignatureMissing, await VerifyAsync(Body(Now), signature: null));
    }

    [Fact]
    public async Task A_signature_that_is_not_base64_is_rejected()
    {
        Assert.Equal(AlexaVerificationChecks.SignatureMalformed, await VerifyAsync(Body(Now), "not base64 at all!"));
    }

    [Theory]
    [InlineData(-151)]
    [InlineData(151)]
    [InlineData(-3600)]
    public async Task A_request_more_than_150_seconds_from_our_clock_is_rejected(int secondsFromNow)
    {
        var body = Body(Now + Duration.FromSeconds(secondsFromNow));

        Assert.Equal(AlexaVerificationChecks.TimestampOutOfRange, await VerifyAsync(body, _signer.Sign(body)));
    }

    [Theory]
    [InlineData(-150)]
    [InlineData(150)]
    public async Task A_request_within_150_seconds_either_way_passes(int secondsFromNow)
    {
        var body = Body(Now + Duration.FromSeconds(secondsFromNow));

        Assert.Null(await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task An_epoch_milliseconds_timestamp_is_read()
    {
        var millis = Now.ToUnixTimeMilliseconds() - 10_000;
        var body = Encoding.UTF8.GetBytes($$$"""{"version":"1.0","request":{"type":"LaunchRequest","timestamp":{{{millis}}}}}""");

        Assert.Null(await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task A_signed_body_without_a_timestamp_is_rejected()
    {
        var body = Encoding.UTF8.GetBytes("""{"version":"1.0","request":{"type":"LaunchRequest"}}""");

        Assert.Equal(AlexaVerificationChecks.TimestampUnreadable, await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task Skill_events_may_be_up_to_an_hour_old_but_not_older()
    {
        var lateEvent = Body(Now - Duration.FromMinutes(59), "AlexaSkillEvent.SkillEnabled");
        var tooLate = Body(Now - Duration.FromMinutes(61), "AlexaSkillEvent.SkillEnabled");
        var lateIntent = Body(Now - Duration.FromMinutes(59));

        Assert.Null(await VerifyAsync(lateEvent, _signer.Sign(lateEvent)));
        Assert.Equal(AlexaVerificationChecks.TimestampOutOfRange, await VerifyAsync(tooLate, _signer.Sign(tooLate)));
        Assert.Equal(AlexaVerificationChecks.TimestampOutOfRange, await VerifyAsync(lateIntent, _signer.Sign(lateIntent)));
    }

    [Theory]
    [InlineData("http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlScheme)]
    [InlineData("https://notamazon.com/echo.api/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlHost)]
    [InlineData("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlHost)]
    [InlineData("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlPath)]
    [InlineData("https://s3.amazonaws.com/echo.api/../echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlPath)]
    [InlineData("https://s3.amazonaws.com/invalid.path/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlPath)]
    [InlineData("https://s3.amazonaws.com:8443/echo.api/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlPort)]
    [InlineData("/echo.api/echo-api-cert-test.pem", AlexaVerificationChecks.CertificateUrlScheme)]
    [InlineData("not a url", AlexaVerificationChecks.CertificateUrlMalformed)]
    [InlineData("", AlexaVerificationChecks.CertificateUrlMissing)]
    public async Task Certificate_urls_outside_Amazons_bucket_path_are_rejected_before_any_download(string url, string expected)
    {
        var body = Body(Now);

        Assert.Equal(expected, await VerifyAsync(body, _signer.Sign(body), url));
        Assert.Equal(0, _s3.Downloads);
    }

    [Theory]
    [InlineData("HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem")]
    public async Task Equivalent_spellings_of_a_valid_certificate_url_pass(string url)
    {
        var body = Body(Now);

        Assert.Null(await VerifyAsync(body, _signer.Sign(body), url));
    }

    [Fact]
    public async Task A_chain_that_cannot_be_downloaded_is_rejected()
    {
        var body = Body(Now);

        var failed = await VerifyAsync(body, _signer.Sign(body), "https://s3.amazonaws.com/echo.api/missing.pem");

        Assert.Equal(AlexaVerificationChecks.CertificateDownload, failed);
    }

    [Fact]
    public async Task A_download_that_is_not_PEM_is_rejected()
    {
        _s3.Serve(TestAlexaSigner.ChainUrl, "<html>Access Denied</html>");
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.CertificateUnreadable, await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task The_chain_is_downloaded_once_per_url_and_dropped_when_the_certificate_expires()
    {
        var verifier = Verifier();
        var first = Body(Now);
        Assert.Null(await VerifyAsync(first, _signer.Sign(first), verifier: verifier));
        var second = Body(Now);
        Assert.Null(await VerifyAsync(second, _signer.Sign(second), verifier: verifier));
        Assert.Equal(1, _s3.Downloads);

        _clock.AdvanceDays(61);
        var late = Body(_clock.GetCurrentInstant());

        Assert.Equal(AlexaVerificationChecks.CertificateValidity, await VerifyAsync(late, _signer.Sign(late), verifier: verifier));
    }

    [Fact]
    public async Task Thousands_of_mangled_headers_are_each_refused_with_a_named_check_and_never_throw()
    {
        var random = new Random(20261124);
        var verifier = Verifier();
        var body = Body(Now);
        var valid = _signer.Sign(body);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/.%?#@[]\\ -_~+=&\u0000\u00e9";
        var checks = new HashSet<string>(StringComparer.Ordinal);

        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var url = TestAlexaSigner.ChainUrl.ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0 && url.Count > 0; edits--)
            {
                var at = random.Next(url.Count);
                switch (random.Next(3))
                {
                    case 0: url[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: url.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: url.RemoveAt(at); break;
                }
            }

            var signature = random.Next(3) switch
            {
                0 => Convert.ToBase64String(RandomBytes(random, random.Next(0, 600))),
                1 => new string(Enumerable.Range(0, random.Next(0, 700)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()),
                _ => valid[..random.Next(valid.Length)],
            };

            var failed = await verifier.VerifyAsync(new AlexaHttpRequest(new string([.. url]), signature, null, body), CancellationToken.None);

            Assert.NotNull(failed);
            checks.Add(failed);
        }

        Assert.Contains(AlexaVerificationChecks.CertificateUrlPath, checks);
        Assert.Contains(AlexaVerificationChecks.SignatureMalformed, checks);
    }

    [Fact]
    public async Task A_signing_certificate_without_an_RSA_key_is_rejected()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=echo-api.amazon.com", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(AlexaSigningCertificates.SigningName);
        request.CertificateExtensions.Add(names.Build());
        using var rootKey = _signer.Root.GetRSAPrivateKey()!;
        var generator = X509SignatureGenerator.CreateForRSA(rootKey, RSASignaturePadding.Pkcs1);
        using var leaf = request.Create(_signer.Root.SubjectName, generator, Now.ToDateTimeOffset().AddDays(-1), Now.ToDateTimeOffset().AddDays(30), [1, 2, 3]);
        _s3.Serve(TestAlexaSigner.ChainUrl, leaf.ExportCertificatePem() + "\n" + _signer.RootPem);
        var body = Body(Now);

        Assert.Equal(AlexaVerificationChecks.CertificateKey, await VerifyAsync(body, _signer.Sign(body)));
    }

    [Fact]
    public async Task Many_requests_verified_at_once_with_one_cached_certificate_each_get_their_own_answer()
    {
        var verifier = Verifier();
        var good = Body(Now);
        Assert.Null(await VerifyAsync(good, _signer.Sign(good), verifier: verifier));
        var tampered = Body(Now);
        var tamperedSignature = _signer.Sign(tampered);
        tampered[Array.IndexOf(tampered, (byte)'Y')] = (byte)'N';

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => i % 2 == 0
            ? VerifyAsync(good, _signer.Sign(good), verifier: verifier)
            : VerifyAsync(tampered, tamperedSignature, verifier: verifier))));

        Assert.All(answers.Where((_, i) => i % 2 == 0), Assert.Null);
        Assert.All(answers.Where((_, i) => i % 2 == 1), answer => Assert.Equal(AlexaVerificationChecks.SignatureMismatch, answer));
        Assert.Equal(1, _s3.Downloads);
    }

    [Fact]
    public async Task Turning_verification_off_accepts_unsigned_requests()
    {
        _options.VerifyRequests = false;

        Assert.Null(await VerifyAsync(Body(Now), signature: null, url: null));
    }

    public void Dispose()
    {
        _signer.Dispose();
        _s3.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private AlexaRequestVerifier Verifier() =>
        new(_options, new AlexaSigningCertificates(new SingleHandlerClientFactory(_s3), _options, _clock), _clock);

    private Task<string?> VerifyAsync(byte[] body, string? signature, string? url = TestAlexaSigner.ChainUrl, AlexaRequestVerifier? verifier = null) =>
        (verifier ?? Verifier()).VerifyAsync(new AlexaHttpRequest(url, signature, LegacySignature: null, body), CancellationToken.None);

    private static byte[] Body(Instant timestamp, string type = "IntentRequest") => Encoding.UTF8.GetBytes($$$"""
        {"version":"1.0","context":{"System":{"application":{"applicationId":"amzn1.ask.skill.test"} } },
         "request":{"type":"{{{type}}}","requestId":"amzn1.echo-api.request.1","timestamp":"{{{timestamp.ToDateTimeUtc():yyyy-MM-ddTHH:mm:ss}}}Z",
         "locale":"en-US","intent":{"name":"AMAZON.YesIntent","confirmationStatus":"NONE"} } }
        """);
}
