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
        return ReadVoiceCode(Command(connection, VoiceCodeQuery), customerId);
    }

    public Task SetVoiceCodeAsync(string customerId, string? codeHash, bool alwaysRequired, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("""
                INSERT INTO voice_codes (customer_id, code_hash, always_required, failed_attempts, locked_until)
                VALUES ($customer, $hash, $always, 0, NULL)
                ON CONFLICT (customer_id) DO UPDATE SET code_hash = $hash, always_required = $always, failed_attempts = 0, locked_until = NULL;
                """);
            command.Parameters.AddWithValue("$customer", customerId);
            command.Parameters.AddWithValue("$hash", (object?)codeHash ?? DBNull.Value);
            command.Parameters.AddWithValue("$always", alwaysRequired ? 1 : 0);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<VoiceCodeRecord> RecordWrongVoiceCodeAsync(string customerId, int maxAttempts, Instant lockUntil, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            // One statement: two devices guessing at once still count two attempts.
            using (var command = write.Command("""
                UPDATE voice_codes SET
                    locked_until = CASE WHEN failed_attempts + 1 >= $max THEN $until ELSE locked_until END,
                    failed_attempts = CASE WHEN failed_attempts + 1 >= $max THEN 0 ELSE failed_attempts + 1 END
                WHERE customer_id = $customer;
                """))
            {
                command.Parameters.AddWithValue("$customer", customerId);
                command.Parameters.AddWithValue("$max", maxAttempts);
                command.Parameters.AddWithValue("$until", StoredValues.Instant(lockUntil));
                command.ExecuteNonQuery();
            }

            return ReadVoiceCode(write.Command(VoiceCodeQuery), customerId)
                ?? throw new InvalidOperationException("A wrong voice code was counted for a customer without one.");
        }, cancellationToken);

    public Task ResetVoiceCodeAttemptsAsync(string customerId, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("UPDATE voice_codes SET failed_attempts = 0 WHERE customer_id = $customer;");
            command.Parameters.AddWithValue("$customer", customerId);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    private const string VoiceCodeQuery = $"SELECT {VoiceCodeColumns} FROM voice_codes WHERE customer_id = $customer;";

    /// <summary>Runs <paramref name="command"/>, the prepared <see cref="VoiceCodeQuery"/>, for <paramref name="customerId"/>.</summary>
    private static VoiceCodeRecord? ReadVoiceCode(SqliteCommand command, string customerId)
    {
        using (command)
        {
            command.Parameters.AddWithValue("$customer", customerId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
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
}
