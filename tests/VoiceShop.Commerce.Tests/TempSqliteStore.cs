using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce.Tests;

/// <summary>A real SQLite file in its own temp folder, migrated, deleted afterwards.</summary>
public sealed class TempSqliteStore : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-store-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "store.db");

    public SqliteCommerceStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteCommerceStore($"Data Source={Path}");
        await Store.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
