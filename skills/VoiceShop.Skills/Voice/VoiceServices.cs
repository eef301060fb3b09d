using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceShop.Skills.Sessions;

namespace VoiceShop.Skills.Voice;

/// <summary>The voice channel's services: audio in, audio out, over the speech engines <c>AddVoiceShopSpeech</c> registers.</summary>
public static class VoiceServices
{
    public static IServiceCollection AddVoiceChannel(this IServiceCollection services)
    {
        services.TryAddSingleton<SessionStates>();
        return services.AddSingleton<VoiceChannel>();
    }
}
