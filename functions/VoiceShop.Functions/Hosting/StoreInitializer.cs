using NodaTime;
using VoiceShop.Commerce.Catalog;
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
        if (storeOptions.SeedDemoData && await DemoData.SeedIfEmptyAsync(store, clock, cancellationToken))
        {
            LogSeeded();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalog and the demo shopper")]
    private partial void LogSeeded();

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} products from Catalog:ImportPath")]
    private partial void LogImported(int count);
}
