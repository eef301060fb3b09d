using NodaTime;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Postgres;
using VoiceShop.Commerce.Stores.Sqlite;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Handlers;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Verification;
using VoiceShop.Skills.Replays;
using VoiceShop.Skills.Text;
using VoiceShop.Skills.Voice;
using VoiceShop.Speech;

namespace VoiceShop.Functions.Hosting;

/// <summary>The composition root: every VoiceShop service and where its settings come from.</summary>
public static class VoiceShopServices
{
    public static WebApplicationBuilder AddVoiceShop(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(configuration.GetSection("Store").Get<StoreOptions>() ?? new StoreOptions());
        services.AddSingleton(configuration.GetSection("Purchasing").Get<PurchaseOptions>() ?? new PurchaseOptions());
        services.AddSingleton(configuration.GetSection("Alexa").Get<AlexaOptions>() ?? new AlexaOptions());
        services.AddSingleton(configuration.GetSection("Catalog").Get<CatalogOptions>() ?? new CatalogOptions());

        services.AddSingleton<ICommerceStore>(sp => CreateStore(sp.GetRequiredService<StoreOptions>()));
        services.AddSingleton<ICatalogStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<ICustomerStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IOrderStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IPaymentLedger>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IPaymentGateway, LocalPaymentGateway>();
        services.AddSingleton<IRequestReplayStore>(sp => sp.GetRequiredService<ICommerceStore>() as IRequestReplayStore ?? new NoRequestReplays());
        services.AddSingleton<RequestReplayGuard>();
        services.AddSingleton<IVoiceCodeStore>(sp => sp.GetRequiredService<ICommerceStore>() as IVoiceCodeStore ?? new NoVoiceCodes());
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<VoiceCodeGate>();
        services.AddSingleton<PurchaseRateLimiter>();
        services.AddSingleton<PurchaseConfirmation>();
        services.AddSingleton<PurchaseService>();
        services.AddSingleton<OrderCancellation>();
        services.AddHostedService<StoreInitializer>();

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

        services.AddSingleton<AlexaSkill>();
        services.AddAlexaRequestVerification();
        services.AddHostedService<AlexaVerificationStartupCheck>();

        services.AddSingleton<IDialogStateStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton(InteractionModel.Load());
        services.AddSingleton(configuration.GetSection("Nlu").Get<NluOptions>() ?? new NluOptions());
        services.AddSingleton<CatalogNluCache>();
        services.AddSingleton<IUtteranceInterpreter, CatalogUtteranceInterpreter>();
        services.AddSingleton<TextChannel>();
        services.AddVoiceShopSpeech(configuration.GetSection("Speech").Get<SpeechOptions>() ?? new SpeechOptions());
        services.AddSingleton<VoiceChannel>();
        return builder;
    }

    private static ICommerceStore CreateStore(StoreOptions options) => options.Provider.ToLowerInvariant() switch
    {
        "sqlite" => new SqliteCommerceStore(options.ConnectionString ?? SqliteCommerceStore.DefaultConnectionString),
        "postgres" or "postgresql" => new PostgresCommerceStore(options.ConnectionString ?? ""),
        _ => throw new InvalidOperationException($"Store:Provider \"{options.Provider}\" is not known; use Sqlite or Postgres."),
    };
}

/// <summary>The <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    /// <summary>Sqlite (embedded default), or Postgres (shared by many instances; needs ConnectionString).</summary>
    public string Provider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>Seed the demo catalog and shopper into an empty store.</summary>
    public bool SeedDemoData { get; set; } = true;
}

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    /// <summary>A catalog JSON file imported at start-up, when set.</summary>
    public string? ImportPath { get; set; }
}
