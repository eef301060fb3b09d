using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Postgres;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce;

/// <summary>
/// The commerce core's wiring: which store keeps the shop, every capability the store provides, the payment
/// gateway and the purchase rules, with their settings (<c>Store</c>, <c>Catalog</c>, <c>Purchasing</c>, <c>Carts</c>,
/// <c>Payments:Local:Cards</c>) bound and checked at start-up, so a bad setting stops the host where the
/// operator looks instead of failing a shopper's order.
/// </summary>
public static class CommerceServices
{
    /// <summary>Registers the store chosen by <c>Store:Provider</c> (anchoring a relative SQLite file to <paramref name="contentRoot"/>, the host's content root) and the purchase rules.</summary>
    public static IServiceCollection AddCommerce(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);

        // Bound by generated code (no reflection) and checked when the host starts; the bound objects are also
        // registered themselves for the classes that take them directly.
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StoreOptions>>().Value);
        services.AddOptions<CatalogOptions>().Bind(configuration.GetSection(CatalogOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CatalogOptions>>().Value);
        services.AddOptions<PurchaseOptions>().Bind(configuration.GetSection(PurchaseOptionsValidator.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PurchaseOptions>, PurchaseOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PurchaseOptions>>().Value);
        services.AddOptions<CartOptions>().Bind(configuration.GetSection(CartOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CartOptions>, CartOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CartOptions>>().Value);


        services.AddSingleton<ICommerceStore>(sp => CreateStore(sp.GetRequiredService<StoreOptions>(), contentRoot));
        services.AddSingleton<ICatalogStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<ICustomerStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IOrderStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IPaymentLedger>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IRequestReplayStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IVoiceCodeStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<ICartStore>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<ICommerceStore>());
        services.AddSingleton<IDialogStateStore>(sp => sp.GetRequiredService<ICommerceStore>());

        services.AddSingleton<IPaymentGateway>(sp => new LocalPaymentGateway(
            sp.GetRequiredService<IPaymentLedger>(),
            LocalCards(configuration, sp.GetRequiredService<StoreOptions>()),
            sp.GetRequiredService<IClock>()));
        services.AddSingleton<VoiceCodeGate>();
        services.AddSingleton<PurchaseService>();
        services.AddSingleton<CartService>();
        services.AddSingleton<OrderCancellation>();
        return services;
    }

    private static ICommerceStore CreateStore(StoreOptions options, string contentRoot) => StoreOptionsValidator.Kind(options.Provider) switch
    {
        StoreKind.Sqlite => new SqliteCommerceStore(SqlitePaths.UnderContentRoot(options.ConnectionString ?? SqliteCommerceStore.DefaultConnectionString, contentRoot)),
        StoreKind.Postgres => new PostgresCommerceStore(options.ConnectionString ?? ""),
        _ => throw new InvalidOperationException(StoreOptionsValidator.UnknownProvider(options.Provider)),
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
