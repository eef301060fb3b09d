using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceShop.Skills.Sessions;
using VoiceShop.Speech.Recognition;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// The voice channel's services: audio in, audio out, over the speech engines <c>AddVoiceShopSpeech</c> registers;
/// the offline recogniser listens for the interaction model's phrasings and the catalog's products.
/// </summary>
public static class VoiceServices
{
    public static IServiceCollection AddVoiceChannel(this IServiceCollection services)
    {
        services.TryAddSingleton<SessionStates>();
        // Replace, not add: whichever of this and AddVoiceShopSpeech runs first, the model's vocabulary is the one heard.
        services.Replace(ServiceDescriptor.Singleton<ICommandVocabulary, CatalogCommandVocabulary>());
        return services.AddSingleton<VoiceChannel>();
    }
}
