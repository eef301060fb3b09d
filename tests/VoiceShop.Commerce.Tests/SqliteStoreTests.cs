using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests;

/// <summary>The embedded store on a real SQLite file, and purchases placed through it.</summary>
public sealed class SqliteStoreTests : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 18, 0);
    private readonly TempSqliteStore _temp = new();
    private readonly FakeClock _clock = new(Now);

    public Task InitializeAsync() => _temp.InitializeAsync();

    public Task DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task The_file_is_in_wal_mode_and_migrating_twice_changes_nothing()
    {
        await _temp.Store.InitializeAsync(CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={_temp.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM schema_version;";
        Assert.Equal((long)VoiceShop.Commerce.Stores.Sqlite.SqliteMigrations.LatestVersion, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Seeding_fills_an_empty_store_once()
    {
        Assert.True(await DemoData.SeedIfEmptyAsync(_temp.Store, _clock, CancellationToken.None));
        Assert.False(await DemoData.SeedIfEmptyAsync(_temp.Store, _clock, CancellationToken.None));

        Assert.True((await _temp.Store.GetProductsAsync(CancellationToken.None)).Count >= 40);
        var alex = await _temp.Store.FindCustomerByIdentityAsync(new PlatformIdentity("alexa", "demo-token"), CancellationToken.None);
        Assert.Equal("Alex", alex?.Name);
        Assert.Equal(3, (await _temp.Store.GetOrdersAsync(alex!.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Identity_subjects_are_stored_hashed_never_in_clear()
    {
        await DemoData.SeedIfEmptyAsync(_temp.Store, _clock, CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(_temp.Path);
        SqliteConnection.ClearAllPools();
        Assert.DoesNotContain("demo-token", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_bad_catalog_file_reports_each_entry_by_index_and_imports_nothing()
    {
        var result = CatalogFile.Parse("""
            [
              {"sku": "OK-1", "name": "good thing", "price": 1.50},
              {"sku": "", "name": "no sku", "price": 2},
              {"sku": "BAD-PRICE", "name": "free", "price": -1},
              {"sku": "OK-1", "name": "duplicate", "price": 3, "currency": "dollars"}
            ]
            """);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Products);
        Assert.Contains(result.Errors, e => e.StartsWith("[1] \"sku\" is required", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("[2] \"price\" must be a positive amount", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("[3] currency \"dollars\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e == "[3] duplicate sku \"OK-1\"");
        Assert.DoesNotContain(result.Errors, e => e.StartsWith("[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_good_catalog_file_imports_with_defaults()
    {
        var result = CatalogFile.Parse("""[{"sku": "TEA-1", "name": "chai tea", "synonyms": ["chai"], "price": "4.25", "attributes": {"organic": true, "grams": 100}}]""");
        await _temp.Store.UpsertProductsAsync(result.Products, CancellationToken.None);

        var tea = await _temp.Store.GetProductAsync("TEA-1", CancellationToken.None);
        Assert.NotNull(tea);
        Assert.Equal(new Money(4.25m, "USD"), tea.Price);
        Assert.Equal(100, tea.Stock);
        Assert.Equal("true", tea.Attributes["organic"]);
        Assert.Equal("100", tea.Attributes["grams"]);
        Assert.Equal(["chai"], tea.Synonyms);
    }

    [Fact]
    public async Task Placing_a_purchase_twice_makes_one_order_one_capture_and_takes_stock_once()
    {
        var purchases = await SeededPurchaseServiceAsync();
        var before = (await _temp.Store.GetProductAsync("CP-BOX", CancellationToken.None))!.Stock;
        var quote = (PurchaseQuote.Ready)await purchases.QuoteBuyAsync(DemoData.Alex, new ProductRequest(null, "coffee pods"), 2, CancellationToken.None);

        var first = await purchases.PlaceAsync(DemoData.Alex, quote.Purchase.Id, CancellationToken.None);
        var second = await purchases.PlaceAsync(DemoData.Alex, quote.Purchase.Id, CancellationToken.None);

        var placed = Assert.IsType<PlacementResult.Placed>(first);
        var again = Assert.IsType<PlacementResult.Placed>(second);
        Assert.False(placed.WasAlreadyPlaced);
        Assert.True(again.WasAlreadyPlaced);
        Assert.Equal(placed.Order.Id, again.Order.Id);
        Assert.Equal(before - 2, (await _temp.Store.GetProductAsync("CP-BOX", CancellationToken.None))!.Stock);
        var payment = Assert.Single(await _temp.Store.GetPaymentsAsync(CancellationToken.None));
        Assert.Equal(PaymentStatus.Captured, payment.Status);
        Assert.Equal(25.98m, payment.Amount.Amount);
    }

    [Fact]
    public async Task Another_customer_cannot_place_someone_elses_purchase()
    {
        var purchases = await SeededPurchaseServiceAsync();
        var quote = (PurchaseQuote.Ready)await purchases.QuoteBuyAsync(DemoData.Alex, new ProductRequest("CP-BOX", null), 1, CancellationToken.None);
        var mallory = DemoData.Alex with { Id = "cust-mallory", Name = "Mallory" };
        await _temp.Store.SaveCustomerAsync(mallory, CancellationToken.None);

        var result = await purchases.PlaceAsync(mallory, quote.Purchase.Id, CancellationToken.None);

        Assert.IsType<PlacementResult.NotFound>(result);
        Assert.Empty(await _temp.Store.GetPaymentsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Stock_that_runs_out_before_the_yes_voids_the_authorization_and_orders_nothing()
    {
        var purchases = await SeededPurchaseServiceAsync();
        var quote = (PurchaseQuote.Ready)await purchases.QuoteBuyAsync(DemoData.Alex, new ProductRequest("OAT-MILK", null), 2, CancellationToken.None);
        var oatMilk = (await _temp.Store.GetProductAsync("OAT-MILK", CancellationToken.None))!;
        await _temp.Store.UpsertProductsAsync([oatMilk with { Stock = 1 }], CancellationToken.None);
        var ordersBefore = (await _temp.Store.GetOrdersAsync(DemoData.Alex.Id, CancellationToken.None)).Count;

        var result = await purchases.PlaceAsync(DemoData.Alex, quote.Purchase.Id, CancellationToken.None);

        Assert.IsType<PlacementResult.OutOfStock>(result);
        Assert.Equal(ordersBefore, (await _temp.Store.GetOrdersAsync(DemoData.Alex.Id, CancellationToken.None)).Count);
        Assert.Equal(PaymentStatus.Voided, Assert.Single(await _temp.Store.GetPaymentsAsync(CancellationToken.None)).Status);
        Assert.Equal(1, (await _temp.Store.GetProductAsync("OAT-MILK", CancellationToken.None))!.Stock);
    }

    [Fact]
    public async Task A_card_over_its_limit_is_declined_and_nothing_is_ordered()
    {
        var purchases = await SeededPurchaseServiceAsync();
        var lowLimit = DemoData.Alex with { PaymentToken = "tok_visa_low_limit" };
        await _temp.Store.SaveCustomerAsync(lowLimit, CancellationToken.None);
        var quote = (PurchaseQuote.Ready)await purchases.QuoteBuyAsync(lowLimit, new ProductRequest("DOG-FOOD", null), 1, CancellationToken.None);

        var result = await purchases.PlaceAsync(lowLimit, quote.Purchase.Id, CancellationToken.None);

        Assert.Equal("over_card_limit", Assert.IsType<PlacementResult.Declined>(result).Reason);
        Assert.Equal(PaymentStatus.Declined, Assert.Single(await _temp.Store.GetPaymentsAsync(CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Reorder_quotes_the_last_order_at_todays_price()
    {
        var purchases = await SeededPurchaseServiceAsync();
        var towels = (await _temp.Store.GetProductAsync("PT-2PK", CancellationToken.None))!;
        await _temp.Store.UpsertProductsAsync([towels with { Price = new Money(10m, "USD") }], CancellationToken.None);

        var quote = Assert.IsType<PurchaseQuote.Ready>(await purchases.QuoteReorderAsync(DemoData.Alex, null, CancellationToken.None));

        Assert.Equal(["PT-2PK", "CP-BOX"], quote.Purchase.Lines.Select(l => l.Sku));
        Assert.Equal(32.99m, quote.Purchase.Total.Amount);
        Assert.Equal(new LocalDate(2026, 11, 26), quote.Purchase.ExpectedDelivery);
    }

    private async Task<PurchaseService> SeededPurchaseServiceAsync()
    {
        await DemoData.SeedIfEmptyAsync(_temp.Store, _clock, CancellationToken.None);
        return new PurchaseService(_temp.Store, new LocalPaymentGateway(_temp.Store, _clock), _clock, new PurchaseOptions());
    }
}
