using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>The store contract against the embedded store, on a real SQLite file in a temp folder.</summary>
public sealed class SqliteStoreContractTests : CommerceStoreContract, IDisposable
{
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
