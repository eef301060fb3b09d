using Npgsql;
using NpgsqlTypes;

namespace VoiceShop.Commerce.Stores.Postgres;

/// <summary>
/// Positional parameters ($1, $2, …) with their PostgreSQL type stated, in the order the SQL names them.
/// Typed generic parameters avoid boxing, and positional ones spare Npgsql rewriting the SQL text.
/// </summary>
internal static class PostgresParameters
{
    public static NpgsqlCommand Text(this NpgsqlCommand command, string value)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }

    /// <summary>A text value that may be NULL.</summary>
    public static NpgsqlCommand NullableText(this NpgsqlCommand command, string? value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }

    public static NpgsqlCommand Integer(this NpgsqlCommand command, int value)
    {
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Integer });
        return command;
    }

    public static NpgsqlCommand BigInt(this NpgsqlCommand command, long value)
    {
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Bigint });
        return command;
    }
}
