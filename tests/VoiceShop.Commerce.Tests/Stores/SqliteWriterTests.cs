using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce.Tests.Stores;

/// <summary>
/// The SQLite store's group commit on a real file: writes queued behind a running one share its
/// transaction, yet each keeps its own outcome, and none is answered before the commit.
/// </summary>
public sealed class SqliteWriterTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("voiceshop-writer-").FullName;
    private SqliteWriter _writer = null!;

    /// <summary>A kept-open connection whose <c>PRAGMA data_version</c> goes up by one per commit of another connection.</summary>
    private SqliteConnection _observer = null!;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "writer.db")};Pooling=False";

    public async Task InitializeAsync()
    {
        _writer = new SqliteWriter(ConnectionString);
        await _writer.WriteAsync(write => Run(write, "CREATE TABLE things (name TEXT PRIMARY KEY);"), CancellationToken.None);
        _observer = new SqliteConnection(ConnectionString);
        await _observer.OpenAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _writer.Dispose();
        _observer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Writes_queued_behind_a_running_one_share_one_commit_and_each_keeps_its_own_outcome()
    {
        var commitsBefore = await DataVersionAsync();
        using var release = new ManualResetEventSlim();
        var first = HoldWriterInsideItsTransaction(release);

        var throws = _writer.WriteAsync<int>(write =>
        {
            Insert(write, "thrower");
            throw new InvalidOperationException("changed its mind by throwing");
        }, CancellationToken.None);
        var succeeds = _writer.WriteAsync(write => Insert(write, "second"), CancellationToken.None);
        var undoes = _writer.WriteAsync(write => write.Undo(Insert(write, "undone") + 41), CancellationToken.None);
        var duplicate = _writer.WriteAsync(write => Insert(write, "first"), CancellationToken.None);
        release.Set();

        Assert.Equal(1, await first);
        Assert.Equal(1, await succeeds);
        // Answered only after the commit: another connection sees the row the moment the answer arrives.
        Assert.Contains("second", await NamesAsync());
        Assert.Equal("changed its mind by throwing", (await Assert.ThrowsAsync<InvalidOperationException>(() => throws)).Message);
        Assert.Equal(42, await undoes);
        await Assert.ThrowsAsync<SqliteException>(() => duplicate);

        Assert.Equal(["first", "second"], await NamesAsync());
        Assert.Equal(commitsBefore + 1, await DataVersionAsync());
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_never_runs()
    {
        using var release = new ManualResetEventSlim();
        var first = HoldWriterInsideItsTransaction(release);

        using var cancel = new CancellationTokenSource();
        var ran = false;
        var cancelled = _writer.WriteAsync(write =>
        {
            ran = true;
            return Insert(write, "cancelled");
        }, cancel.Token);
        await cancel.CancelAsync();
        release.Set();

        await first;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(ran);
        Assert.Equal(["first"], await NamesAsync());
    }

    [Fact]
    public async Task When_SQLite_ends_the_transaction_itself_no_write_of_that_batch_is_answered_as_done()
    {
        using var release = new ManualResetEventSlim();
        var first = HoldWriterInsideItsTransaction(release);

        // What SQLite does by itself on a full disk or an I/O error: the whole transaction is rolled back.
        var ender = _writer.WriteAsync(write => Run(write, "ROLLBACK;"), CancellationToken.None);
        release.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ender);
        Assert.Empty(await NamesAsync());

        Assert.Equal(1, await _writer.WriteAsync(write => Insert(write, "after"), CancellationToken.None));
        Assert.Equal(["after"], await NamesAsync());
    }

    [Fact]
    public async Task Many_concurrent_writes_are_all_committed()
    {
        var writes = Enumerable.Range(0, 500)
            .Select(i => Task.Run(() => _writer.WriteAsync(write => Insert(write, $"thing-{i:D3}"), CancellationToken.None)))
            .ToList();

        await Task.WhenAll(writes);

        Assert.Equal(500, (await NamesAsync()).Count);
    }

    [Fact]
    public async Task A_disposed_writer_refuses_writes()
    {
        _writer.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _writer.WriteAsync(write => Insert(write, "late"), CancellationToken.None));
        _writer = new SqliteWriter(ConnectionString);
        Assert.Empty(await NamesAsync());
    }

    /// <summary>
    /// Starts a write of "first" that keeps the writer inside its transaction until <paramref name="release"/>
    /// is set: the writes queued meanwhile join that batch.
    /// </summary>
    private Task<int> HoldWriterInsideItsTransaction(ManualResetEventSlim release)
    {
        // Not disposed: the writer's thread may still be inside Set when Wait returns here.
        var running = new ManualResetEventSlim();
        var first = _writer.WriteAsync(write =>
        {
            running.Set();
            release.Wait();
            return Insert(write, "first");
        }, CancellationToken.None);
        running.Wait();
        return first;
    }

    private static int Insert(SqliteWrite write, string name)
    {
        using var command = write.Command("INSERT INTO things (name) VALUES ($name);");
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteNonQuery();
    }

    private static int Run(SqliteWrite write, string sql)
    {
        using var command = write.Command(sql);
        return command.ExecuteNonQuery();
    }

    private async Task<List<string>> NamesAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM things ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<long> DataVersionAsync()
    {
        await using var command = _observer.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
