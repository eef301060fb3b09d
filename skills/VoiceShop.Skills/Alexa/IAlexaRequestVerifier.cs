namespace VoiceShop.Skills.Alexa;

/// <summary>
/// Proves a request came from Alexa, before anything reads its intent or touches the store: the signing
/// certificate chain, the signature over the raw bytes, and the timestamp.
/// </summary>
public interface IAlexaRequestVerifier
{
    /// <summary>Null when the request is genuine, else the name of the check that failed (never a token).</summary>
    Task<string?> VerifyAsync(AlexaHttpRequest request, CancellationToken cancellationToken);
}

/// <summary>The parts of the HTTP request that verification needs: the signature headers and the exact body bytes.</summary>
public sealed record AlexaHttpRequest(string? SignatureCertChainUrl, string? Signature256, string? LegacySignature, ReadOnlyMemory<byte> Body);
