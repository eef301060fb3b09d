using Npgsql;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Postgres;
using VoiceShop.TestSupport;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>
/// The store contract against a real PostgreSQL server that the fixture starts; each test gets a fresh
/// database on it.
/// </summary>
public sealed class PostgresStoreContractTests(PostgresServer server, Xunit.Abstractions.ITestOutputHelper output) : CommerceStoreContract, IClassFixture<PostgresServer>
{
    protected override Xunit.Abstractions.ITestOutputHelper? Output => output;

    private string? _connectionString;

    protected override async Task<ICommerceStore> OpenStoreAsync()
    {
        _connectionString ??= await server.CreateDatabaseAsync();
        return new PostgresCommerceStore(_connectionString);
    }

    protected override async Task<IReadOnlyList<string>> StoredIdentitySubjectsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT subject_hash FROM identities;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var subjects = new List<string>();
        while (await reader.ReadAsync())
        {
            subjects.Add(reader.GetString(0));
        }

        return subjects;
    }

    [Fact]
    public async Task Stores_started_together_on_one_database_migrate_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenStoreAsync()));
        await Task.WhenAll(stores.Select(s => s.InitializeAsync(CancellationToken.None)));

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM schema_version;", connection);
        Assert.Equal((long)PostgresMigrations.LatestVersion, await command.ExecuteScalarAsync());
        foreach (var store in stores)
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }
}
