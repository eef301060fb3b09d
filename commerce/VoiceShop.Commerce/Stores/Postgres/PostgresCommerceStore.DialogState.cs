using NodaTime;

namespace VoiceShop.Commerce.Stores.Postgres;

public sealed partial class PostgresCommerceStore
{
    public async Task<string?> GetDialogStateAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT state FROM dialog_states WHERE session_id = $1;").Text(sessionId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SaveDialogStateAsync(string sessionId, string stateJson, Instant updatedAt, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO dialog_states (session_id, state, updated_at) VALUES ($1, $2, $3)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at;
            """)
            .Text(sessionId)
            .Text(stateJson)
            .BigInt(StoredValues.Instant(updatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
