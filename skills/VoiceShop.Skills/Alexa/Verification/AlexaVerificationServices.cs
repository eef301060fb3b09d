using Microsoft.Extensions.DependencyInjection;

namespace VoiceShop.Skills.Alexa.Verification;

/// <summary>Registers Alexa request verification and its certificate download client.</summary>
public static class AlexaVerificationServices
{
    /// <summary>
    /// How long the certificate download may take. Alexa allows about 8 seconds for the whole answer, and
    /// the download happens only once per certificate URL, so a stuck S3 fails fast instead.
    /// </summary>
    public static readonly TimeSpan DownloadTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddAlexaRequestVerification(this IServiceCollection services)
    {
        services.AddHttpClient(AlexaSigningCertificates.HttpClientName, client =>
        {
            client.Timeout = DownloadTimeout;
            client.MaxResponseContentBufferSize = AlexaSigningCertificates.MaxChainBytes;
        });
        services.AddSingleton<AlexaSigningCertificates>();
        services.AddSingleton<IAlexaRequestVerifier, AlexaRequestVerifier>();
        return services;
    }
}
