using Microsoft.Extensions.DependencyInjection;

namespace VoiceShop.Speech.Tests;

/// <summary>The speech services as the host registers them, pointed at a local fake where Azure is involved.</summary>
public static class SpeechEngines
{
    public static ServiceProvider Build(FakeAzureSpeechServer? azure = null, string key = FakeAzureSpeechServer.Key, int maxRetries = 3, Action<SpeechOptions>? configure = null)
    {
        var options = new SpeechOptions();
        if (azure is not null)
        {
            options.Synthesizer = options.Recognizer = "Azure";
            options.Azure = new AzureSpeechOptions
            {
                Region = "westeurope",
                Key = key,
                SynthesisBaseUrl = azure.BaseUrl,
                RecognitionBaseUrl = azure.BaseUrl,
                MaxRetries = maxRetries,
                RetryDelay = TimeSpan.FromMilliseconds(20),
            };
        }

        configure?.Invoke(options);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVoiceShopSpeech(options);
        return services.BuildServiceProvider();
    }
}
