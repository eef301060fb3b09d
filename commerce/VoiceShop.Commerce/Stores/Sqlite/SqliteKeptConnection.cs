using Microsoft.Data.Sqlite;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// A connection the store keeps open between operations, with every statement it has run kept prepared.
/// Microsoft.Data.Sqlite prepares a statement again for every new command, and on the order-status turn
/// that preparing cost about twice the query itself; a kept connection prepares each statement once.
/// Disposing it hands it back to its owner instead of closing it.
/// </summary>
internal sealed class SqliteKeptConnection(string connectionString, Action<SqliteKeptConnection> giveBack) : SqliteConnection(connectionString)
{
    private readonly Dictionary<string, KeptCommand> _commands = new(StringComparer.Ordinal);
    private bool _closing;

    /// <summary>
    /// The prepared command for <paramref name="sql"/>, with no parameters bound yet. It never carries a
    /// <see cref="SqliteTransaction"/>: the writer opens its transactions with plain statements.
    /// </summary>
    public SqliteCommand Prepared(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = new KeptCommand { Connection = this, CommandText = sql };
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>Closes the connection for good, finalizing its statements.</summary>
    public void CloseForGood()
    {
        _closing = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closing)
        {
            giveBack(this);
            return;
        }

        foreach (var command in _commands.Values)
        {
            command.Release();
        }

        _commands.Clear();
        base.Dispose(disposing);
    }

    /// <summary>A command whose using-block ends without finalizing its prepared statement.</summary>
    private sealed class KeptCommand : SqliteCommand
    {
        private bool _released;

        public void Release()
        {
            _released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (_released)
            {
                base.Dispose(disposing);
            }
        }
    }
}
