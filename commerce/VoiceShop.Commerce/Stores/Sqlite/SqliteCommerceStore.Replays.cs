using NodaTime;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>The request replay log, in the same file as the orders it protects.</summary>
public sealed partial class SqliteCommerceStore : IRequestReplayStore
{
    public async Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        // One statement, so exactly one caller sees a change: the first, or the one taking over a stale claim.
        await using (var claim = Command(connection, """
            INSERT INTO request_replays (request_key, state, started_at) VALUES ($key, 'InProgress', $now)
            ON CONFLICT (request_key) DO UPDATE SET started_at = $now
            WHERE request_replays.state = 'InProgress' AND request_replays.started_at < $stale;
            """))
        {
            claim.Parameters.AddWithValue("$key", requestKey);
            claim.Parameters.AddWithValue("$now", StoredValues.Instant(now));
            claim.Parameters.AddWithValue("$stale", StoredValues.Instant(staleBefore));
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return new ReplayClaim.Begun();
            }
        }

        await using var read = Command(connection, "SELECT state, response FROM request_replays WHERE request_key = $key;");
        read.Parameters.AddWithValue("$key", requestKey);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken) && reader.GetString(0) == "Answered" && !reader.IsDBNull(1))
        {
            return new ReplayClaim.Answered((byte[])reader.GetValue(1));
        }

        return new ReplayClaim.InProgress();
    }

    public async Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var forget = Command(connection, "DELETE FROM request_replays WHERE started_at < $before;");
        forget.Parameters.AddWithValue("$before", StoredValues.Instant(before));
        await forget.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var command = Command(connection, """
            UPDATE request_replays SET state = 'Answered', response = $response, completed_at = $now
            WHERE request_key = $key AND state = 'InProgress';
            """);
        command.Parameters.AddWithValue("$key", requestKey);
        command.Parameters.AddWithValue("$response", response);
        command.Parameters.AddWithValue("$now", StoredValues.Instant(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AbandonAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM request_replays WHERE request_key = $key AND state = 'InProgress';");
        command.Parameters.AddWithValue("$key", requestKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
