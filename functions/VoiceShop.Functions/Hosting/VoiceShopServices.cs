using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Postgres;
using VoiceShop.Commerce.Stores.Sqlite;
using VoiceShop.Intents;
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
        services.TryAddSingleton(TimeProvider.System);
        var storeOptions = configuration.GetSection("Store").Get<StoreOptions>() ?? new StoreOptions();
        services.AddSingleton(storeOptions);
        services.AddSingleton(configuration.GetSection("Purchasing").Get<PurchaseOptions>() ?? new PurchaseOptions());
        var alexaOptions = configuration.GetSection("Alexa").Get<AlexaOptions>() ?? new AlexaOptions();
        alexaOptions.AcceptAnySkillWhenEmpty = builder.Environment.IsDevelopment();
        services.AddSingleton(alexaOptions);
        services.AddSingleton(configuration.GetSection("Catalog").Get<CatalogOptions>() ?? new CatalogOptions());

        services.AddSingleton<ICommerceStore>(sp => CreateStore(sp.GetRequiredService<StoreOptions>(), builder.Environment.ContentRootPath));
        services.AddSingleton<ICatalogStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<ICustomerStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IOrderStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IPaymentLedger>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IPaymentGateway>(sp => new LocalPaymentGateway(sp.GetRequiredService<IPaymentLedger>(), LocalCards(configuration, storeOptions)));
        services.AddSingleton<IRequestReplayStore>(sp => sp.GetRequiredService<ICommerceStore>() as IRequestReplayStore ?? new NoRequestReplays());
        services.AddSingleton<RequestReplayGuard>();
        services.AddSingleton<IVoiceCodeStore>(sp => sp.GetRequiredService<ICommerceStore>() as IVoiceCodeStore ?? new NoVoiceCodes());
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<VoiceCodeGate>();
        services.AddSingleton<PurchaseService>();
        services.AddSingleton<OrderCancellation>();
        services.AddHostedService<StoreInitializer>();

        services.AddConversation();

        services.AddSingleton<AlexaSkill>();
        services.AddSingleton<CanFulfillIntentResponder>();
        services.AddAlexaRequestVerification();
        services.AddHostedService<AlexaVerificationStartupCheck>();
        services.AddHostedService<DeploymentWarnings>();
        services.AddHostedService<VerificationOffReminder>();

        services.AddSingleton<IDialogStateStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton(configuration.GetSection("Nlu").Get<NluOptions>() ?? new NluOptions());
        services.AddSingleton<TextChannel>();
        services.AddVoiceShopSpeech(configuration.GetSection("Speech").Get<SpeechOptions>() ?? new SpeechOptions());
        services.AddSingleton<VoiceChannel>();
        return builder;
    }

    private static ICommerceStore CreateStore(StoreOptions options, string contentRoot) => options.Provider.ToLowerInvariant() switch
    {
        "sqlite" => new SqliteCommerceStore(SqlitePaths.UnderContentRoot(options.ConnectionString ?? SqliteCommerceStore.DefaultConnectionString, contentRoot)),
        "postgres" or "postgresql" => new PostgresCommerceStore(options.ConnectionString ?? ""),
        _ => throw new InvalidOperationException($"Store:Provider \"{options.Provider}\" is not known; use Sqlite or Postgres."),
    };

    /// <summary>
    /// The cards the local payment gateway knows: <c>Payments:Local:Cards</c> (token to credit limit), plus the demo
    /// cards only where the demo data is seeded, so a deployment without the demo charges no built-in card.
    /// </summary>
    private static Dictionary<string, decimal> LocalCards(IConfiguration configuration, StoreOptions storeOptions)
    {
        var cards = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (storeOptions.SeedDemoData)
        {
            foreach (var (token, limit) in DemoData.Cards)
            {
                cards[token] = limit;
            }
        }

        foreach (var (token, limit) in configuration.GetSection("Payments:Local:Cards").Get<Dictionary<string, decimal>>() ?? [])
        {
            cards[token] = limit;
        }

        return cards;
    }
}

/// <summary>The <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    /// <summary>Sqlite (embedded default), or Postgres (shared by many instances; needs ConnectionString).</summary>
    public string Provider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>
    /// Seed the demo catalog, the demo shopper (with her built-in tokens and caller id) and her orders into an
    /// empty store, and let the local gateway charge the demo cards. Off unless set: anyone who knows a
    /// built-in token could order with it. appsettings.Development.json turns it on.
    /// </summary>
    public bool SeedDemoData { get; set; }
}

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    /// <summary>A catalog JSON file imported at start-up, when set.</summary>
    public string? ImportPath { get; set; }
}
