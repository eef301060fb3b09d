using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Skills.Alexa.Verification;
using VoiceShop.Skills.Replays;

namespace VoiceShop.Skills.Alexa;

/// <summary>The Alexa channel's services and where their settings come from (<c>Alexa</c>).</summary>
public static class AlexaServices
{
    /// <summary>
    /// Registers the Alexa skill, its request verification and its settings; <paramref name="acceptAnySkillWhenEmpty"/>
    /// lets an empty <c>Alexa:SkillIds</c> admit any skill (Development only, for the simulator and the console).
    /// </summary>
    public static IServiceCollection AddAlexaSkill(this IServiceCollection services, IConfiguration configuration, bool acceptAnySkillWhenEmpty)
    {
        var options = configuration.GetSection("Alexa").Get<AlexaOptions>() ?? new AlexaOptions();
        options.AcceptAnySkillWhenEmpty = acceptAnySkillWhenEmpty;
        services.AddSingleton(options);
        services.AddSingleton<RequestReplayGuard>();
        services.AddSingleton<AlexaSkill>();
        services.AddSingleton<CanFulfillIntentResponder>();
        services.AddAlexaRequestVerification();
        return services;
    }
}
