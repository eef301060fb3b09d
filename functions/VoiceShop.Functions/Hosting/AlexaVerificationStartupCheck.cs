using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Verification;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Refuses to start when request verification is on but its configured trusted roots cannot be read: a
/// host that would reject every Alexa request should fail where the operator looks, at start-up.
/// The certificate store is resolved only when there are roots to read: building it builds the HTTP client
/// factory, which is start-up time spent before the first answer for nothing.
/// </summary>
public sealed partial class AlexaVerificationStartupCheck(AlexaOptions options, IServiceProvider services, ILogger<AlexaVerificationStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.VerifyRequests)
        {
            LogVerificationOff();
        }
        else if (!string.IsNullOrWhiteSpace(options.TrustedRootsPath))
        {
            LogExtraRoots(services.GetRequiredService<AlexaSigningCertificates>().LoadTrustedRoots());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alexa request verification is OFF (Alexa:VerifyRequests=false); expose this host only behind a gateway that verifies Alexa's signatures")]
    private partial void LogVerificationOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "Alexa signing chains may also end at {Count} root(s) from Alexa:TrustedRootsPath")]
    private partial void LogExtraRoots(int count);
}
