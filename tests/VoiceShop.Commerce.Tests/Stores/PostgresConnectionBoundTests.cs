using Npgsql;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Stores.Postgres;
using VoiceShop.TestSupport;

namespace VoiceShop.Commerce.Tests.Stores;

/// <summary>
/// One instance opens a bounded number of connections however busy it gets, so that many instances fit
/// within PostgreSQL's max_connections (100 by default).
/// </summary>
public sealed class PostgresConnectionBoundTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Sixty_four_concurrent_transactions_share_at_most_twenty_connections_and_all_commit()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var store = new PostgresCommerceStore(connectionString);
        await store.InitializeAsync(default);

        var mostSeen = 0;
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            await using var admin = new NpgsqlConnection(server.AdminConnectionString);
            await admin.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = $1;", admin) { Parameters = { new() { Value = database } } };
                mostSeen = Math.Max(mostSeen, (int)(long)(await count.ExecuteScalarAsync())!);
                await Task.Delay(2);
            }
        });

        // Every upsert rewrites the same row, so each transaction holds its connection while it waits for the one before.
        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => store.UpsertProductsAsync([Product(stock: i)], default))));
        stop.Cancel();
        await watcher;

        Assert.InRange(mostSeen, 1, 20);
        Assert.NotNull(await store.GetProductAsync("SKU-HOT", default));
    }

    private static Product Product(int stock) => new(
        "SKU-HOT", "hot product", [], new Money(2.5m, "USD"), "household", new Dictionary<string, string>(), stock, "pack", 2);
}
