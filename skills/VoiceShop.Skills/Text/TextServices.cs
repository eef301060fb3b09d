using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceShop.Skills.Sessions;

namespace VoiceShop.Skills.Text;

/// <summary>The text channel's services: free text in, the conversation's answer out.</summary>
public static class TextServices
{
    public static IServiceCollection AddTextChannel(this IServiceCollection services)
    {
        services.TryAddSingleton<SessionStates>();
        return services.AddSingleton<TextChannel>();
    }
}
