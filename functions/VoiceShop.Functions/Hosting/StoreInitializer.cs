using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Brings the store up before the first request: migrates the schema, seeds the demo data into an empty
/// store, and imports <c>Catalog:ImportPath</c> when set (refusing to start on a bad file rather than
/// serving half a catalog).
/// </summary>
public sealed partial class StoreInitializer(
    ICommerceStore store,
    StoreOptions storeOptions,
    CatalogOptions catalogOptions,
    IClock clock,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (storeOptions.SeedDemoData && await SeedDemoDataAsync(cancellationToken))
        {
            LogSeeded();
        }
        else if (!storeOptions.SeedDemoData && await StillLinksDemoTokensAsync(cancellationToken))
        {
            LogDemoTokensStillLinked(DemoData.DemoCustomerId);
        }

        if (!string.IsNullOrEmpty(catalogOptions.ImportPath))
        {
            var result = CatalogFile.Parse(await File.ReadAllTextAsync(catalogOptions.ImportPath, cancellationToken));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Catalog:ImportPath has errors: {string.Join("; ", result.Errors)}");
            }

            await store.UpsertProductsAsync(result.Products, cancellationToken);
            LogImported(result.Products.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Instances started together on an empty shared store race to seed it, and the loser's inserts collide
    /// with the winner's. Once the demo shopper exists the seed is there, so the loser carries on serving.
    /// </summary>
    private async Task<bool> SeedDemoDataAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await DemoData.SeedIfEmptyAsync(store, clock, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!await store.HasCustomersAsync(cancellationToken))
            {
                throw;
            }

            LogSeededElsewhere();
            return false;
        }
    }

    /// <summary>
    /// A store seeded earlier (by a version that seeded by default, or with the setting on) keeps the demo links
    /// when seeding is switched off; that is worth a warning, since those built-in tokens can still order.
    /// </summary>
    private async Task<bool> StillLinksDemoTokensAsync(CancellationToken cancellationToken) =>
        await store.FindCustomerByIdentityAsync(new PlatformIdentity(PlatformIdentity.Alexa, DemoData.DemoAccessToken), cancellationToken) is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store:SeedDemoData is off but the store still links the demo shopper {CustomerId} to the built-in demo tokens (seeded earlier); anyone who knows them can order: start on a fresh store or remove that customer's links")]
    private partial void LogDemoTokensStillLinked(string customerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalog and the demo shopper")]
    private partial void LogSeeded();

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance seeded the demo data at the same moment; using its seed")]
    private partial void LogSeededElsewhere();

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} products from Catalog:ImportPath")]
    private partial void LogImported(int count);
}
