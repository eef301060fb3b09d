using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using VoiceShop.Skills.Dialogflow.Auth;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>The Dialogflow channel's services and where their settings come from (<c>Dialogflow:Auth</c>).</summary>
public static class DialogflowServices
{
    /// <summary>How long fetching Google's signing keys may take; well inside Dialogflow's 5 s webhook timeout.</summary>
    private static readonly TimeSpan KeyFetchTimeout = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddDialogflowSkill(this IServiceCollection services)
    {
        // Read when first needed, so settings added by hosts and tests after this call are seen.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Dialogflow:Auth").Get<DialogflowAuthOptions>() ?? new DialogflowAuthOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new GoogleSigningKeys(
            sp.GetRequiredService<DialogflowAuthOptions>(),
            new HttpClient { Timeout = KeyFetchTimeout },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GoogleSigningKeys>>()));
        services.AddSingleton<DialogflowAuthenticator>();
        services.AddSingleton<DialogflowSkill>();
        return services;
    }
}
