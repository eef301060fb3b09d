using NodaTime;

namespace VoiceShop.Commerce.Stores.Sqlite;

public sealed partial class SqliteCommerceStore
{
    public async Task<string?> GetDialogStateAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT state FROM dialog_states WHERE session_id = $id;");
        command.Parameters.AddWithValue("$id", sessionId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public Task SaveDialogStateAsync(string sessionId, string stateJson, Instant updatedAt, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("""
                INSERT INTO dialog_states (session_id, state, updated_at) VALUES ($id, $state, $at)
                ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at;
                """);
            command.Parameters.AddWithValue("$id", sessionId);
            command.Parameters.AddWithValue("$state", stateJson);
            command.Parameters.AddWithValue("$at", StoredValues.Instant(updatedAt));
            return command.ExecuteNonQuery();
        }, cancellationToken);
}
