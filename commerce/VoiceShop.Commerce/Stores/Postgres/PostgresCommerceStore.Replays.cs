using NodaTime;
using NpgsqlTypes;

namespace VoiceShop.Commerce.Stores.Postgres;

/// <summary>
/// The request replay log, shared by every instance: a retry that lands on another instance still finds
/// the first answer. It is written on every request, so its commits do not wait for the disk (see
/// <see cref="_relaxedDataSource"/>): two fewer disk flushes per turn.
/// </summary>
public sealed partial class PostgresCommerceStore : IRequestReplayStore
{
    public async Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken)
    {
        // One statement, so exactly one caller sees a change: the first, or the one taking over a stale claim
        // (a racing insert waits for the other's commit, then re-checks the condition).
        await using (var claim = RelaxedCommand("""
            INSERT INTO request_replays (request_key, state, started_at) VALUES ($1, 'InProgress', $2)
            ON CONFLICT (request_key) DO UPDATE SET started_at = excluded.started_at
            WHERE request_replays.state = 'InProgress' AND request_replays.started_at < $3;
            """)
            .Text(requestKey)
            .BigInt(StoredValues.Instant(now))
            .BigInt(StoredValues.Instant(staleBefore)))
        {
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return new ReplayClaim.Begun();
            }
        }

        await using var read = RelaxedCommand("SELECT state, response FROM request_replays WHERE request_key = $1;").Text(requestKey);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken) && reader.GetString(0) == "Answered" && !reader.IsDBNull(1))
        {
            return new ReplayClaim.Answered(reader.GetFieldValue<byte[]>(1));
        }

        return new ReplayClaim.InProgress();
    }

    public async Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken)
    {
        await using var forget = RelaxedCommand("DELETE FROM request_replays WHERE started_at < $1;").BigInt(StoredValues.Instant(before));
        await forget.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken)
    {
        await using var command = RelaxedCommand("""
            UPDATE request_replays SET state = 'Answered', response = $2, completed_at = $3
            WHERE request_key = $1 AND state = 'InProgress';
            """)
            .Text(requestKey);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<byte[]> { TypedValue = response, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.BigInt(StoredValues.Instant(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AbandonAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var command = RelaxedCommand("DELETE FROM request_replays WHERE request_key = $1 AND state = 'InProgress';").Text(requestKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
