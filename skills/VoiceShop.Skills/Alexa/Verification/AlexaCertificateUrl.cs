namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>
/// Amazon's rules for the <c>SignatureCertChainUrl</c> header: only Amazon's own bucket path may name the
/// certificate we trust, otherwise anyone could sign requests with a certificate they host themselves.
/// </summary>
public static class AlexaCertificateUrl
{
    private const string Host = "s3.amazonaws.com";
    private const string PathPrefix = "/echo.api/";

    /// <summary>
    /// Checks <paramref name="header"/>; on success <paramref name="url"/> is the normalised URL (dot
    /// segments resolved by <see cref="Uri"/>, so <c>/echo.api/../x</c> becomes <c>/x</c> and fails).
    /// </summary>
    /// <returns>Null when the URL is acceptable, else the failed check.</returns>
    public static string? Check(string? header, out Uri? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            return AlexaVerificationChecks.CertificateUrlMissing;
        }

        if (!Uri.TryCreate(header.Trim(), UriKind.Absolute, out var parsed))
        {
            return AlexaVerificationChecks.CertificateUrlMalformed;
        }

        if (!string.Equals(parsed.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            return AlexaVerificationChecks.CertificateUrlScheme;
        }

        if (!string.Equals(parsed.Host, Host, StringComparison.OrdinalIgnoreCase))
        {
            return AlexaVerificationChecks.CertificateUrlHost;
        }

        if (parsed.Port != 443)
        {
            return AlexaVerificationChecks.CertificateUrlPort;
        }

        // Case-sensitive on purpose: S3 keys are case-sensitive, so /EcHo.aPi/ is another object.
        if (!parsed.AbsolutePath.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return AlexaVerificationChecks.CertificateUrlPath;
        }

        url = parsed;
        return null;
    }
}
