using NodaTime;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// The request replay log: claims in this process's memory (<see cref="InProcessReplayClaims"/>), answers in
/// the same file as the orders they protect. Under the reorder-and-confirm load a claim row and then its
/// answer were two of the ten writes a pair of turns made.
/// </summary>
public sealed partial class SqliteCommerceStore : IRequestReplayStore
{
    private readonly InProcessReplayClaims _replayClaims = new();

    public async Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken)
    {
        if (!_replayClaims.TryClaim(requestKey, now, staleBefore, out var claim))
        {
            return claim.Response is { } response ? new ReplayClaim.Answered(response) : new ReplayClaim.InProgress();
        }

        try
        {
            // First attempt in this process: answered before it started, or before a restart?
            if (await ReadReplayedAnswerAsync(requestKey, cancellationToken) is { } stored)
            {
                _replayClaims.Release(requestKey, claim);
                return new ReplayClaim.Answered(stored);
            }
        }
        catch
        {
            _replayClaims.Release(requestKey, claim);
            throw;
        }

        return new ReplayClaim.Begun();
    }

    public Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken)
    {
        _replayClaims.ForgetBefore(before);
        return WriteAsync(write =>
        {
            using var forget = write.Command("DELETE FROM request_replays WHERE started_at < $before;");
            forget.Parameters.AddWithValue("$before", StoredValues.Instant(before));
            return forget.ExecuteNonQuery();
        }, cancellationToken);
    }

    /// <summary>
    /// Answers every later claim with <paramref name="response"/> at once, from memory, and writes it to the
    /// file without waiting for the commit: the claim is held until the answer is in the file. If the
    /// process dies first, a retry runs the request again, as after a crash mid-answer; placing a purchase is
    /// exactly-once by itself, so that costs a second wording at most, never a second order.
    /// </summary>
    public Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken)
    {
        var claim = _replayClaims.Find(requestKey);
        if (claim is null)
        {
            // Forgotten or taken over meanwhile: the attempt holding it now answers.
            return Task.CompletedTask;
        }

        claim.Response = response;
        var written = WriteAsync(write =>
        {
            using var command = write.Command("""
                INSERT INTO request_replays (request_key, state, response, started_at, completed_at)
                VALUES ($key, 'Answered', $response, $started, $now)
                ON CONFLICT (request_key) DO NOTHING;
                """);
            command.Parameters.AddWithValue("$key", requestKey);
            command.Parameters.AddWithValue("$response", response);
            command.Parameters.AddWithValue("$started", StoredValues.Instant(claim.StartedAt));
            command.Parameters.AddWithValue("$now", StoredValues.Instant(now));
            return command.ExecuteNonQuery();
        }, CancellationToken.None);

        // Written or not, the claim goes: a failed write leaves the request to be run again, as above.
        written.ContinueWith(
            write =>
            {
                _ = write.Exception;
                _replayClaims.Release(requestKey, claim);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task AbandonAsync(string requestKey, CancellationToken cancellationToken)
    {
        if (_replayClaims.Find(requestKey) is { Response: null } claim)
        {
            _replayClaims.Release(requestKey, claim);
        }

        return Task.CompletedTask;
    }

    private async Task<byte[]?> ReadReplayedAnswerAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT response FROM request_replays WHERE request_key = $key AND state = 'Answered';");
        command.Parameters.AddWithValue("$key", requestKey);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }
}
