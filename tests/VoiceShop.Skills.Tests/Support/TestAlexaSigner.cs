using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace VoiceShop.Tests.Support;

/// <summary>
/// Plays Amazon's part in request signing for tests: a private root CA, signing certificates issued by it,
/// the PEM chain served at an s3.amazonaws.com/echo.api/ URL, and RSA SHA-256 signatures over request bytes.
/// </summary>
public sealed class TestAlexaSigner : IDisposable
{
    public const string ChainUrl = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";

    private readonly RSA _rootKey = RSA.Create(2048);

    public TestAlexaSigner(DateTimeOffset now, string name = "VoiceShop Test Root")
    {
        Now = now;
        var request = new CertificateRequest($"CN={name}", _rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Root = request.CreateSelfSigned(now.AddYears(-1), now.AddYears(5));
        Leaf = IssueLeaf();
    }

    public DateTimeOffset Now { get; }

    public X509Certificate2 Root { get; }

    /// <summary>A valid signing certificate with SAN echo-api.amazon.com.</summary>
    public X509Certificate2 Leaf { get; }

    public string RootPem => Root.ExportCertificatePem();

    /// <summary>Issues a signing certificate from this root; the defaults make a valid one.</summary>
    public X509Certificate2 IssueLeaf(string san = "echo-api.amazon.com", DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=echo-api.amazon.com", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(san);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(Root, notBefore ?? Now.AddDays(-30), notAfter ?? Now.AddDays(60), serial);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>The PEM chain as Amazon serves it: the signing certificate first, then the issuer.</summary>
    public string ChainPem(X509Certificate2? leaf = null) =>
        (leaf ?? Leaf).ExportCertificatePem() + "\n" + Root.ExportCertificatePem() + "\n";

    /// <summary>The <c>Signature-256</c> header value for <paramref name="body"/>.</summary>
    public string Sign(byte[] body, X509Certificate2? leaf = null)
    {
        using var key = (leaf ?? Leaf).GetRSAPrivateKey()!;
        return Convert.ToBase64String(key.SignData(body, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    /// <summary>Writes the root as a PEM file, for <c>Alexa:TrustedRootsPath</c>.</summary>
    public string WriteRootPem(string directory)
    {
        var path = Path.Combine(directory, "trusted-roots.pem");
        File.WriteAllText(path, RootPem);
        return path;
    }

    public void Dispose()
    {
        Root.Dispose();
        Leaf.Dispose();
        _rootKey.Dispose();
    }
}

/// <summary>
/// Stands in for S3 on the named certificate client: serves PEM text by URL, 404 otherwise, and counts
/// downloads so that caching can be checked.
/// </summary>
public sealed class CertificateChainHandler : HttpMessageHandler
{
    private readonly Dictionary<string, string> _chains = new(StringComparer.Ordinal);
    private int _downloads;

    public int Downloads => _downloads;

    public void Serve(string url, string pem) => _chains[new Uri(url).AbsoluteUri] = pem;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _downloads);
        var response = _chains.TryGetValue(request.RequestUri!.AbsoluteUri, out var pem)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(pem, Encoding.ASCII, "application/x-pem-file") }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
        return Task.FromResult(response);
    }
}

/// <summary>Hands out clients over one handler, as IHttpClientFactory does for a named client.</summary>
public sealed class SingleHandlerClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
