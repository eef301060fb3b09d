using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>The store contract against the embedded store, on a real SQLite file in a temp folder.</summary>
public sealed class SqliteStoreContractTests(Xunit.Abstractions.ITestOutputHelper output) : CommerceStoreContract, IDisposable
{
    protected override Xunit.Abstractions.ITestOutputHelper? Output => output;

    private readonly string _folder = Directory.CreateTempSubdirectory("voiceshop-contract-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "store.db")}";

    protected override Task<ICommerceStore> OpenStoreAsync() => Task.FromResult<ICommerceStore>(new SqliteCommerceStore(ConnectionString));

    protected override async Task<IReadOnlyList<string>> StoredIdentitySubjectsAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT subject_hash FROM identities;";
        await using var reader = await command.ExecuteReaderAsync();
        var subjects = new List<string>();
        while (await reader.ReadAsync())
        {
            subjects.Add(reader.GetString(0));
        }

        return subjects;
    }

    [Fact]
    public async Task Kept_open_readers_do_not_hold_a_snapshot_that_blocks_checkpoints()
    {
        await Store.SaveCustomerAsync(new VoiceShop.Commerce.Customers.Customer("cust-1", "Alex", "America/Los_Angeles", new VoiceShop.Commerce.Customers.ShippingAddress("1 Main", "LA", "CA", "90012", "US"), "tok_visa_demo", new Money(200m, "USD")), CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            await Store.GetCustomerAsync("cust-1", CancellationToken.None);
            await Store.GetOrdersAsync("cust-1", CancellationToken.None);
            await Store.SaveDialogStateAsync($"session-{i}", "{}", NodaTime.Instant.FromUnixTimeSeconds(i), CancellationToken.None);
        }

        // A reader that still held a read transaction would make the checkpoint report busy (first column 1),
        // and the write-ahead log would then grow without bound.
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await checkpoint.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
