using Microsoft.Data.Sqlite;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// What one queued write sees while it runs: the write connection, inside the batch's transaction and its
/// own savepoint (see <see cref="SqliteWriter"/>).
/// </summary>
internal sealed class SqliteWrite(SqliteKeptConnection connection)
{
    /// <summary>True once the running write asked for its changes to be rolled back.</summary>
    internal bool UndoRequested { get; private set; }

    /// <summary>The prepared command for <paramref name="sql"/> on the write connection, no parameters bound.</summary>
    public SqliteCommand Command(string sql) => connection.Prepared(sql);

    /// <summary>
    /// Rolls back what this write changed when it returns <paramref name="result"/>; the other writes in
    /// the batch keep theirs. For a write that finds halfway through that it must not happen.
    /// </summary>
    public T Undo<T>(T result)
    {
        UndoRequested = true;
        return result;
    }

    /// <summary>Readies this for the next write in the batch.</summary>
    internal void Reset() => UndoRequested = false;
}
