using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceShop.Intents;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// What the host itself adds to the areas' own wiring (<c>AddCommerce</c>, <c>AddAlexaSkill</c>, …): the
/// conversation with its NLU settings, and the start-up work and warnings that watch the deployment.
/// </summary>
public static class VoiceShopServices
{
    public static WebApplicationBuilder AddVoiceShop(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<StoreInitializer>();
        services.AddHostedService<AlexaVerificationStartupCheck>();
        services.AddHostedService<DeploymentWarnings>();
        services.AddHostedService<VerificationOffReminder>();

        var nlu = builder.Configuration.GetSection("Nlu").Get<NluOptions>() ?? new NluOptions();
        if (!string.IsNullOrEmpty(nlu.ExampleCacheDirectory))
        {
            // Beside the app, like the SQLite file, whatever folder the host was started from.
            nlu.ExampleCacheDirectory = Path.Combine(builder.Environment.ContentRootPath, nlu.ExampleCacheDirectory);
        }

        services.AddSingleton(nlu);
        services.AddConversation();
        return builder;
    }
}
