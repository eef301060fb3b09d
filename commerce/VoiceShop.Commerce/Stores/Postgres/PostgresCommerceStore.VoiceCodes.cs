using NodaTime;

namespace VoiceShop.Commerce.Stores.Postgres;

/// <summary>
/// Voice codes and their lockout, in the customer's own row of <c>voice_codes</c>, shared by every instance:
/// wrong guesses spread over instances still add up to one lockout.
/// </summary>
public sealed partial class PostgresCommerceStore : IVoiceCodeStore
{
    private const string VoiceCodeColumns = "customer_id, code_hash, always_required, failed_attempts, locked_until";

    public async Task<VoiceCodeRecord?> GetVoiceCodeAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {VoiceCodeColumns} FROM voice_codes WHERE customer_id = $1;").Text(customerId);
        return await ReadVoiceCodeAsync(command, cancellationToken);
    }

    public async Task SetVoiceCodeAsync(string customerId, string? codeHash, bool alwaysRequired, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO voice_codes (customer_id, code_hash, always_required, failed_attempts, locked_until) VALUES ($1, $2, $3, 0, NULL)
            ON CONFLICT (customer_id) DO UPDATE SET code_hash = excluded.code_hash, always_required = excluded.always_required,
                failed_attempts = 0, locked_until = NULL;
            """)
            .Text(customerId)
            .NullableText(codeHash)
            .Integer(alwaysRequired ? 1 : 0);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<VoiceCodeRecord> RecordWrongVoiceCodeAsync(string customerId, int maxAttempts, Instant lockUntil, CancellationToken cancellationToken)
    {
        // One statement that returns the row after the change: two devices guessing at once still count two.
        await using var command = Command($"""
            UPDATE voice_codes SET
                locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3 ELSE locked_until END,
                failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END
            WHERE customer_id = $1
            RETURNING {VoiceCodeColumns};
            """)
            .Text(customerId)
            .Integer(maxAttempts)
            .BigInt(StoredValues.Instant(lockUntil));
        return await ReadVoiceCodeAsync(command, cancellationToken)
            ?? throw new InvalidOperationException("A wrong voice code was counted for a customer without one.");
    }

    public async Task ResetVoiceCodeAttemptsAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command("UPDATE voice_codes SET failed_attempts = 0 WHERE customer_id = $1;").Text(customerId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<VoiceCodeRecord?> ReadVoiceCodeAsync(Npgsql.NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new VoiceCodeRecord(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetInt32(2) != 0,
            reader.GetInt32(3),
            reader.IsDBNull(4) ? null : StoredValues.Instant(reader.GetInt64(4)));
    }
}
