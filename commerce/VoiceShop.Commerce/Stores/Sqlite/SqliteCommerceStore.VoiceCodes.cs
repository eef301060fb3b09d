using Microsoft.Data.Sqlite;
using NodaTime;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>Voice codes and their lockout, in the customer's own row of <c>voice_codes</c>.</summary>
public sealed partial class SqliteCommerceStore : IVoiceCodeStore
{
    private const string VoiceCodeColumns = "customer_id, code_hash, always_required, failed_attempts, locked_until";

    public async Task<VoiceCodeRecord?> GetVoiceCodeAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadVoiceCodeAsync(connection, customerId, cancellationToken);
    }

    public async Task SetVoiceCodeAsync(string customerId, string? codeHash, bool alwaysRequired, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO voice_codes (customer_id, code_hash, always_required, failed_attempts, locked_until)
            VALUES ($customer, $hash, $always, 0, NULL)
            ON CONFLICT (customer_id) DO UPDATE SET code_hash = $hash, always_required = $always, failed_attempts = 0, locked_until = NULL;
            """);
        command.Parameters.AddWithValue("$customer", customerId);
        command.Parameters.AddWithValue("$hash", (object?)codeHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$always", alwaysRequired ? 1 : 0);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<VoiceCodeRecord> RecordWrongVoiceCodeAsync(string customerId, int maxAttempts, Instant lockUntil, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // One statement: two devices guessing at once still count two attempts.
        await using (var command = Command(connection, """
            UPDATE voice_codes SET
                locked_until = CASE WHEN failed_attempts + 1 >= $max THEN $until ELSE locked_until END,
                failed_attempts = CASE WHEN failed_attempts + 1 >= $max THEN 0 ELSE failed_attempts + 1 END
            WHERE customer_id = $customer;
            """))
        {
            command.Parameters.AddWithValue("$customer", customerId);
            command.Parameters.AddWithValue("$max", maxAttempts);
            command.Parameters.AddWithValue("$until", StoredValues.Instant(lockUntil));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return await ReadVoiceCodeAsync(connection, customerId, cancellationToken)
            ?? throw new InvalidOperationException("A wrong voice code was counted for a customer without one.");
    }

    public async Task ResetVoiceCodeAttemptsAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "UPDATE voice_codes SET failed_attempts = 0 WHERE customer_id = $customer;");
        command.Parameters.AddWithValue("$customer", customerId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<VoiceCodeRecord?> ReadVoiceCodeAsync(SqliteConnection connection, string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT {VoiceCodeColumns} FROM voice_codes WHERE customer_id = $customer;");
        command.Parameters.AddWithValue("$customer", customerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new VoiceCodeRecord(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetInt64(2) != 0,
            (int)reader.GetInt64(3),
            reader.IsDBNull(4) ? null : StoredValues.Instant(reader.GetInt64(4)));
    }
}
