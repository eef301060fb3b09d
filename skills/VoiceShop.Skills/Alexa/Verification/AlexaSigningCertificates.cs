using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NodaTime;

namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>
/// Fetches and vets the certificate that signs Alexa requests. The PEM chain is downloaded through the named
/// client <see cref="HttpClientName"/> (short timeout, so a slow S3 cannot eat Alexa's 8-second budget) and,
/// once it has passed every check, cached by URL until the signing certificate expires: Amazon rotates the URL
/// rather than the file, so one download serves many requests.
/// </summary>
public sealed class AlexaSigningCertificates(IHttpClientFactory httpClients, AlexaOptions options, IClock clock)
{
    /// <summary>The named HttpClient used for the download; tests substitute its handler.</summary>
    public const string HttpClientName = "AlexaCertificates";

    /// <summary>The DNS name Amazon's signing certificate carries in its subject alternative names.</summary>
    public const string SigningName = "echo-api.amazon.com";

    /// <summary>Real chains are a few KiB; anything much larger is not Amazon's.</summary>
    public const int MaxChainBytes = 64 * 1024;

    private readonly ConcurrentDictionary<string, VettedSigningCertificate> _verified = new(StringComparer.Ordinal);
    private readonly Lazy<X509Certificate2Collection> _extraRoots = new(() => LoadRoots(options.TrustedRootsPath));

    /// <summary>
    /// Reads <c>Alexa:TrustedRootsPath</c> now, so that a missing or broken roots file stops the host at
    /// start-up instead of failing requests later. Returns how many extra roots are trusted.
    /// </summary>
    public int LoadTrustedRoots()
    {
        try
        {
            return _extraRoots.Value.Count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"Alexa:TrustedRootsPath could not be read as PEM certificates: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The vetted signing certificate behind <paramref name="url"/>, or the failed check. The certificate
    /// belongs to the cache; callers must not dispose it.
    /// </summary>
    public async Task<(VettedSigningCertificate? Certificate, string? FailedCheck)> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var key = url.AbsoluteUri;
        if (_verified.TryGetValue(key, out var cached))
        {
            if (cached.IsValidAt(now))
            {
                return (cached, null);
            }

            // Not disposed: a request verifying with it right now may still hold it.
            _verified.TryRemove(key, out _);
            return (null, AlexaVerificationChecks.CertificateValidity);
        }

        var pem = await DownloadAsync(url, cancellationToken);
        if (pem is null)
        {
            return (null, AlexaVerificationChecks.CertificateDownload);
        }

        var chain = ReadChain(pem);
        if (chain is null)
        {
            return (null, AlexaVerificationChecks.CertificateUnreadable);
        }

        var leaf = chain[0];
        var vetted = new VettedSigningCertificate(leaf);
        var failed = !vetted.IsValidAt(now) ? AlexaVerificationChecks.CertificateValidity
            : !HasSigningName(leaf) ? AlexaVerificationChecks.CertificateSubjectAlternativeName
            : !vetted.HasRsaKey() ? AlexaVerificationChecks.CertificateKey
            : !BuildsToTrustedRoot(leaf, chain, now) ? AlexaVerificationChecks.CertificateChainUntrusted
            : null;
        DisposeAll(chain.Skip(1));
        if (failed is not null)
        {
            vetted.Dispose();
            return (null, failed);
        }

        // A concurrent download of the same URL may have won; keep one instance.
        var kept = _verified.GetOrAdd(key, vetted);
        if (!ReferenceEquals(kept, vetted))
        {
            vetted.Dispose();
        }

        return (kept, null);
    }

    private async Task<string?> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxChainBytes)
            {
                return null;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxChainBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            {
                total += read;
            }

            return total > MaxChainBytes ? null : Encoding.ASCII.GetString(buffer, 0, total);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The client's own timeout, not the caller giving up.
            return null;
        }
    }

    private static List<X509Certificate2>? ReadChain(string pem)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (CryptographicException)
        {
            return null;
        }

        return collection.Count == 0 ? null : [.. collection];
    }

    private static bool HasSigningName(X509Certificate2 certificate)
    {
        foreach (var extension in certificate.Extensions)
        {
            if (extension.Oid?.Value != "2.5.29.17")
            {
                continue;
            }

            // Read the SAN itself, not the subject CN that older verifiers looked at.
            var names = new X509SubjectAlternativeNameExtension(extension.RawData, extension.Critical);
            if (names.EnumerateDnsNames().Any(name => string.Equals(name, SigningName, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// System roots first; then, when <c>Alexa:TrustedRootsPath</c> names extra roots, those alone
    /// (a custom trust store replaces the system one, hence the second attempt). Certificates that came in
    /// the download are only ever intermediates, never trusted by themselves.
    /// </summary>
    private bool BuildsToTrustedRoot(X509Certificate2 leaf, List<X509Certificate2> chain, Instant now)
    {
        if (Build(leaf, chain, now, customRoots: null))
        {
            return true;
        }

        var roots = _extraRoots.Value;
        return roots.Count > 0 && Build(leaf, chain, now, roots);
    }

    private static bool Build(X509Certificate2 leaf, List<X509Certificate2> chain, Instant now, X509Certificate2Collection? customRoots)
    {
        using var builder = new X509Chain();
        var policy = builder.ChainPolicy;

        // Revocation would need a network round trip inside Alexa's 8-second budget; Amazon's SDKs skip it too.
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTime = now.ToDateTimeUtc();
        policy.ExtraStore.AddRange(chain.Skip(1).ToArray());
        if (customRoots is not null)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(customRoots);
        }

        return builder.Build(leaf);
    }

    private static X509Certificate2Collection LoadRoots(string? path)
    {
        var roots = new X509Certificate2Collection();
        if (!string.IsNullOrWhiteSpace(path))
        {
            roots.ImportFromPemFile(path);
        }

        return roots;
    }

    private static void DisposeAll(IEnumerable<X509Certificate2> certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }
}
