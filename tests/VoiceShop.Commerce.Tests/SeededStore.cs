using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce.Tests;

/// <summary>A real SQLite file in a temp folder, migrated and seeded with the demo data, and a purchase service over it.</summary>
public sealed class SeededStore : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 18, 0);

    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-commerce-").FullName;

    private SeededStore(Func<SqliteCommerceStore, IPaymentGateway>? gateway)
    {
        Store = new SqliteCommerceStore($"Data Source={DatabasePath}");
        Gateway = gateway?.Invoke(Store) ?? new LocalPaymentGateway(Store, Clock);
        Purchases = new PurchaseService(Store, Gateway, Clock, new PurchaseOptions());
    }

    public string DatabasePath => Path.Combine(_directory, "voiceshop.db");

    public FakeClock Clock { get; } = new(Now);

    public SqliteCommerceStore Store { get; }

    public IPaymentGateway Gateway { get; }

    public PurchaseService Purchases { get; }

    /// <summary>A seeded store; <paramref name="gateway"/> wraps the store's ledger when given.</summary>
    public static async Task<SeededStore> CreateAsync(Func<SqliteCommerceStore, IPaymentGateway>? gateway = null)
    {
        var seeded = new SeededStore(gateway);
        await seeded.Store.InitializeAsync(default);
        await DemoData.SeedIfEmptyAsync(seeded.Store, seeded.Clock, default);
        return seeded;
    }

    /// <summary>A pending purchase of <paramref name="quantity"/> of <paramref name="product"/> for the demo shopper.</summary>
    public async Task<PendingPurchase> QuoteAsync(string product, int quantity = 1)
    {
        var quote = await Purchases.QuoteBuyAsync(DemoData.Alex, new ProductRequest(null, product), quantity, default);
        return Assert.IsType<PurchaseQuote.Ready>(quote).Purchase;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder.
        }
    }
}
