using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NodaTime;

namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>
/// Proves a request came from Alexa, in the order Amazon documents: the certificate URL, the certificate
/// (validity, SAN, chain), the RSA SHA-256 signature over the exact bytes received, and the timestamp.
/// Only <c>Alexa:VerifyRequests=false</c> turns it off (the local console and tests).
/// </summary>
public sealed class AlexaRequestVerifier(AlexaOptions options, AlexaSigningCertificates certificates, IClock clock) : IAlexaRequestVerifier
{
    /// <summary>RSA-4096 signatures are 512 bytes; anything longer is not a signature.</summary>
    private const int MaxSignatureBytes = 1024;

    public async Task<string?> VerifyAsync(AlexaHttpRequest request, CancellationToken cancellationToken)
    {
        if (!options.VerifyRequests)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(request.SignatureCertChainUrl))
        {
            return AlexaVerificationChecks.CertificateUrlMissing;
        }

        if (string.IsNullOrWhiteSpace(request.Signature256))
        {
            // The SHA-1 Signature alone is not enough since Amazon moved to SHA-256 in 2022.
            return string.IsNullOrWhiteSpace(request.LegacySignature)
                ? AlexaVerificationChecks.SignatureMissing
                : AlexaVerificationChecks.Sha1SignatureOnly;
        }

        if (AlexaCertificateUrl.Check(request.SignatureCertChainUrl, out var url) is { } badUrl)
        {
            return badUrl;
        }

        var signature = new byte[MaxSignatureBytes];
        if (!Convert.TryFromBase64String(request.Signature256.Trim(), signature, out var signatureLength))
        {
            return AlexaVerificationChecks.SignatureMalformed;
        }

        var (certificate, failedCheck) = await certificates.GetAsync(url!, cancellationToken);
        if (certificate is null)
        {
            return failedCheck;
        }

        if (!certificate.Verifies(request.Body.Span, signature.AsSpan(0, signatureLength)))
        {
            return AlexaVerificationChecks.SignatureMismatch;
        }

        return AlexaRequestTimestamp.Check(request.Body.Span, clock.GetCurrentInstant());
    }
}
