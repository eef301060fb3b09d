using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer. Each operation
/// borrows a kept-open connection with its statements already prepared (see <see cref="SqliteKeptConnection"/>):
/// any number of readers, and one writer at a time, which is all SQLite admits anyway.
/// </summary>
public sealed partial class SqliteCommerceStore(string connectionString) : ICommerceStore, IDisposable
{
    /// <summary>The connection string used when none is configured.</summary>
    public const string DefaultConnectionString = "Data Source=data/voiceshop.db";

    /// <summary>Readers kept open beyond this many idle ones are closed when handed back.</summary>
    private const int MaxIdleReaders = 32;

    private readonly string _connectionString = WithDefaults(connectionString);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentQueue<SqliteKeptConnection> _idleReaders = new();
    private SqliteKeptConnection? _writer;

    static SqliteCommerceStore() => SqliteLibrary.Configure();

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

    /// <summary>Closes the connections the store keeps open.</summary>
    public void Dispose()
    {
        while (_idleReaders.TryDequeue(out var reader))
        {
            reader.CloseForGood();
        }

        _writer?.CloseForGood();
        _writer = null;
    }

    /// <summary>
    /// A kept connection for reading, from the idle ones or newly opened. Readers never wait in WAL mode and
    /// never commit, so they need none of the write pragmas.
    /// </summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_idleReaders.TryDequeue(out var idle))
        {
            return idle;
        }

        var connection = new SqliteKeptConnection(_connectionString, GiveBackReader);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            connection.CloseForGood();
            throw;
        }
    }

    private void GiveBackReader(SqliteKeptConnection reader)
    {
        if (_idleReaders.Count < MaxIdleReaders)
        {
            _idleReaders.Enqueue(reader);
        }
        else
        {
            reader.CloseForGood();
        }
    }

    /// <summary>
    /// The one kept write connection, held under this store's write gate until it is disposed. SQLite admits
    /// one writer at a time; queueing writers here, asynchronously, replaces Microsoft.Data.Sqlite's answer
    /// to a busy database (put the thread to sleep and retry), which under concurrent confirmations cost
    /// every write a blocked pool thread and up to 150 ms.
    /// </summary>
    private async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        if (_writer is { } writer)
        {
            return writer;
        }

        var connection = new SqliteKeptConnection(_connectionString, _ => _writeGate.Release());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }

            _writer = connection;
            return connection;
        }
        catch
        {
            connection.CloseForGood();
            _writeGate.Release();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        if (connection is SqliteKeptConnection kept)
        {
            return kept.Prepared(sql, transaction);
        }

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
}
