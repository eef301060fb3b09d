using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Handlers;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// What the host itself adds to the areas' own wiring (<c>AddCommerce</c>, <c>AddAlexaSkill</c>, …): the
/// conversation, and the start-up work and warnings that watch the deployment.
/// </summary>
public static class VoiceShopServices
{
    public static WebApplicationBuilder AddVoiceShop(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<StoreInitializer>();
        services.AddHostedService<AlexaVerificationStartupCheck>();
        services.AddHostedService<DeploymentWarnings>();
        services.AddHostedService<VerificationOffReminder>();

        // ---- The conversation: intents, their handlers, prompts, understanding. (Becomes services.AddConversation().) ----
        services.AddSingleton<PurchaseRateLimiter>();
        services.AddSingleton<PurchaseConfirmation>();
        services.AddSingleton(PromptBook.Load());
        services.AddSingleton<ReorderHandler>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<ReorderHandler>());
        services.AddSingleton<IIntentHandler, LaunchHandler>();
        services.AddSingleton<IIntentHandler, BuyHandler>();
        services.AddSingleton<IIntentHandler, OrderStatusHandler>();
        services.AddSingleton<IIntentHandler, YesHandler>();
        services.AddSingleton<CancelOrderHandler>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<CancelOrderHandler>());
        services.AddSingleton<IIntentHandler, NoHandler>();
        services.AddSingleton<IIntentHandler, HelpHandler>();
        services.AddSingleton<IIntentHandler, StopHandler>();
        services.AddSingleton<IIntentHandler, FallbackHandler>();
        services.AddSingleton<IIntentHandler, AgentHandler>();
        services.AddSingleton<IIntentHandler, VoiceCodeHandler>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton(InteractionModel.Load());
        services.AddSingleton(configuration.GetSection("Nlu").Get<NluOptions>() ?? new NluOptions());
        services.AddSingleton<CatalogNluCache>();
        services.AddSingleton<IUtteranceInterpreter, CatalogUtteranceInterpreter>();

        // ---- End of the conversation. ----
        return builder;
    }
}
