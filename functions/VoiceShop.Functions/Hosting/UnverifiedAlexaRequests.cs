using VoiceShop.Skills.Alexa;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// The verification seam's placeholder until signature verification lands: it refuses every request unless
/// <c>Alexa:VerifyRequests</c> is false, so that an unverified endpoint is never exposed by accident.
/// </summary>
public sealed class UnverifiedAlexaRequests(AlexaOptions options) : IAlexaRequestVerifier
{
    public Task<string?> VerifyAsync(AlexaHttpRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(options.VerifyRequests ? "signature verification is not available in this build" : null);
}
