using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NodaTime;

namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>
/// A downloaded signing certificate with what each request needs from it: its validity window and its public
/// key. The vetting checks read them through this type, and once every check has passed the cache keeps it. Reading those from the certificate on every request (decoding the
/// dates, building an OpenSSL key) cost several times the RSA verification itself.
/// </summary>
public sealed class VettedSigningCertificate : IDisposable
{
    private readonly DateTime _notBeforeUtc;
    private readonly DateTime _notAfterUtc;

    // .NET does not promise that one RSA instance may verify on many threads at once, so each verification
    // borrows its own; the pool grows to the number of concurrent requests and no further.
    private readonly ConcurrentBag<RSA> _keys = [];

    /// <summary>Takes ownership of <paramref name="certificate"/>.</summary>
    public VettedSigningCertificate(X509Certificate2 certificate)
    {
        Certificate = certificate;
        _notBeforeUtc = certificate.NotBefore.ToUniversalTime();
        _notAfterUtc = certificate.NotAfter.ToUniversalTime();
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Whether <paramref name="now"/> lies within the certificate's validity.</summary>
    public bool IsValidAt(Instant now)
    {
        var at = now.ToDateTimeUtc();
        return at >= _notBeforeUtc && at <= _notAfterUtc;
    }

    /// <summary>Whether the certificate holds an RSA key; the key read to find out is kept for the first verification.</summary>
    public bool HasRsaKey()
    {
        if (Certificate.GetRSAPublicKey() is not { } key)
        {
            return false;
        }

        _keys.Add(key);
        return true;
    }

    /// <summary>Whether <paramref name="signature"/> is the certificate's RSA SHA-256 (PKCS#1 v1.5) signature of <paramref name="data"/>.</summary>
    /// <exception cref="CryptographicException">The certificate holds no RSA key.</exception>
    public bool Verifies(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var key = _keys.TryTake(out var pooled) ? pooled : Certificate.GetRSAPublicKey() ?? throw new CryptographicException("The signing certificate holds no RSA key.");
        try
        {
            return key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        finally
        {
            _keys.Add(key);
        }
    }

    public void Dispose()
    {
        while (_keys.TryTake(out var key))
        {
            key.Dispose();
        }

        Certificate.Dispose();
    }
}
