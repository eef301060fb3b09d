namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>
/// The names of the checks a request can fail, as logged and returned in the 400. Each names the rule, never
/// a header value or token, so the log says what was wrong without leaking anything an attacker sent.
/// </summary>
public static class AlexaVerificationChecks
{
    public const string CertificateUrlMissing = "SignatureCertChainUrl header missing";
    public const string CertificateUrlMalformed = "SignatureCertChainUrl is not an absolute URL";
    public const string CertificateUrlScheme = "SignatureCertChainUrl scheme is not https";
    public const string CertificateUrlHost = "SignatureCertChainUrl host is not s3.amazonaws.com";
    public const string CertificateUrlPort = "SignatureCertChainUrl port is not 443";
    public const string CertificateUrlPath = "SignatureCertChainUrl path does not start with /echo.api/";
    public const string SignatureMissing = "Signature-256 header missing";
    public const string Sha1SignatureOnly = "only the SHA-1 Signature header was sent; Signature-256 is required";
    public const string SignatureMalformed = "Signature-256 is not base64";
    public const string CertificateDownload = "signing certificate chain could not be downloaded";
    public const string CertificateUnreadable = "signing certificate chain is not a PEM certificate chain";
    public const string CertificateValidity = "signing certificate is outside its validity period";
    public const string CertificateSubjectAlternativeName = "signing certificate SAN does not contain echo-api.amazon.com";
    public const string CertificateChainUntrusted = "signing certificate chain does not build to a trusted root";
    public const string CertificateKey = "signing certificate key is not RSA";
    public const string SignatureMismatch = "Signature-256 does not match the request body";
    public const string TimestampUnreadable = "request.timestamp missing or unreadable";
    public const string TimestampOutOfRange = "request.timestamp is too far from the current time";
}
