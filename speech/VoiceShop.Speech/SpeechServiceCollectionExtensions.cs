using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using VoiceShop.Speech.Recognition;
using VoiceShop.Speech.Synthesis;

namespace VoiceShop.Speech;

/// <summary>
/// Registers the speech engines chosen by <see cref="SpeechOptions"/>: one <see cref="ISpeechSynthesizer"/>, one
/// <see cref="ISpeechRecognizer"/> (the offline one listens for an <see cref="ICommandVocabulary"/>, which a caller
/// registers first to listen for its interaction model; otherwise <see cref="CommandGrammar.Default"/>'s phrases),
/// and Azure's HttpClient with retries (exponential back-off with jitter, honouring Retry-After) on 429, 5xx
/// and network failures, plus a per-attempt timeout, because Azure answers 429 while it scales up.
/// </summary>
public static class SpeechServiceCollectionExtensions
{
    /// <summary>The name of Azure's HttpClient and its resilience pipeline.</summary>
    public const string AzureClientName = "azure-speech";

    /// <summary>The speech engines as the <c>Speech</c> configuration section chooses them.</summary>
    public static IServiceCollection AddVoiceShopSpeech(this IServiceCollection services, IConfiguration configuration) =>
        services.AddVoiceShopSpeech(configuration.GetSection("Speech").Get<SpeechOptions>() ?? new SpeechOptions());

    public static IServiceCollection AddVoiceShopSpeech(this IServiceCollection services, SpeechOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.Azure);
        services.AddSingleton(options.Espeak);
        services.AddSingleton(options.Pocketsphinx);

        services.AddHttpClient(AzureClientName)
            .AddResilienceHandler(AzureClientName, pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.Azure.MaxRetries, 1),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.Azure.RetryDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(options.Azure.MaxRetries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
                pipeline.AddTimeout(options.Azure.AttemptTimeout);
            });

        services.AddSingleton<AzureSpeechSynthesizer>();
        services.AddSingleton<EspeakSynthesizer>();
        services.AddSingleton<ISpeechSynthesizer>(sp => options.UsesAzure(options.Synthesizer)
            ? sp.GetRequiredService<AzureSpeechSynthesizer>()
            : sp.GetRequiredService<EspeakSynthesizer>());

        services.TryAddSingleton<ICommandVocabulary>(new FixedCommandVocabulary(CommandGrammar.Default));
        services.AddSingleton<AzureSpeechRecognizer>();
        services.AddSingleton<PocketsphinxRecognizer>();
        services.AddSingleton<ISpeechRecognizer>(sp => options.UsesAzure(options.Recognizer)
            ? sp.GetRequiredService<AzureSpeechRecognizer>()
            : sp.GetRequiredService<PocketsphinxRecognizer>());
        return services;
    }
}
