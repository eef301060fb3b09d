using NodaTime;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>The request replay log, in the same file as the orders it protects.</summary>
public sealed partial class SqliteCommerceStore : IRequestReplayStore
{
    public Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken) =>
        WriteAsync<ReplayClaim>(write =>
        {
            // One statement, so exactly one caller sees a change: the first, or the one taking over a stale claim.
            using (var claim = write.Command("""
                INSERT INTO request_replays (request_key, state, started_at) VALUES ($key, 'InProgress', $now)
                ON CONFLICT (request_key) DO UPDATE SET started_at = $now
                WHERE request_replays.state = 'InProgress' AND request_replays.started_at < $stale;
                """))
            {
                claim.Parameters.AddWithValue("$key", requestKey);
                claim.Parameters.AddWithValue("$now", StoredValues.Instant(now));
                claim.Parameters.AddWithValue("$stale", StoredValues.Instant(staleBefore));
                if (claim.ExecuteNonQuery() == 1)
                {
                    return new ReplayClaim.Begun();
                }
            }

            using var read = write.Command("SELECT state, response FROM request_replays WHERE request_key = $key;");
            read.Parameters.AddWithValue("$key", requestKey);
            using var reader = read.ExecuteReader();
            if (reader.Read() && reader.GetString(0) == "Answered" && !reader.IsDBNull(1))
            {
                return new ReplayClaim.Answered((byte[])reader.GetValue(1));
            }

            return new ReplayClaim.InProgress();
        }, cancellationToken);

    public Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var forget = write.Command("DELETE FROM request_replays WHERE started_at < $before;");
            forget.Parameters.AddWithValue("$before", StoredValues.Instant(before));
            return forget.ExecuteNonQuery();
        }, cancellationToken);

    public Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("""
                UPDATE request_replays SET state = 'Answered', response = $response, completed_at = $now
                WHERE request_key = $key AND state = 'InProgress';
                """);
            command.Parameters.AddWithValue("$key", requestKey);
            command.Parameters.AddWithValue("$response", response);
            command.Parameters.AddWithValue("$now", StoredValues.Instant(now));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task AbandonAsync(string requestKey, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("DELETE FROM request_replays WHERE request_key = $key AND state = 'InProgress';");
            command.Parameters.AddWithValue("$key", requestKey);
            return command.ExecuteNonQuery();
        }, cancellationToken);
}
