using Microsoft.Data.Sqlite;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer. Connections are
/// opened per operation (Microsoft.Data.Sqlite pools them), which keeps the store safe to share.
/// </summary>
public sealed partial class SqliteCommerceStore(string connectionString) : ICommerceStore
{
    /// <summary>The connection string used when none is configured.</summary>
    public const string DefaultConnectionString = "Data Source=data/voiceshop.db";

    private readonly string _connectionString = WithDefaults(connectionString);
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        EnsureDirectoryExists(_connectionString);
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file, so setting it once at start-up is enough.
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqliteMigrations.ApplyAsync(connection, cancellationToken);
    }

    /// <summary>
    /// A pooled connection for reading. Readers never wait in WAL mode and never commit, so they skip the
    /// write pragmas: one statement less on every read (the order-status turn makes two).
    /// </summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// A connection that holds this store's write gate until it is disposed. SQLite admits one writer at a
    /// time; queueing writers here, asynchronously, replaces Microsoft.Data.Sqlite's answer to a busy
    /// database (put the thread to sleep and retry), which under concurrent confirmations cost every write
    /// a blocked pool thread and up to 150 ms.
    /// </summary>
    private async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        var connection = new GatedConnection(_connectionString, _writeGate);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static string WithDefaults(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        if (builder.DefaultTimeout < 30)
        {
            // Concurrent confirmations queue for the write lock instead of failing with SQLITE_BUSY.
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }

    private static void EnsureDirectoryExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>A connection that gives the write gate back, once, when it is disposed.</summary>
    private sealed class GatedConnection(string connectionString, SemaphoreSlim gate) : SqliteConnection(connectionString)
    {
        private int _released;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
