using NodaTime;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// Remembers the answer given to each platform request, by the platform's request id, so that a retried
/// request (Alexa retries when it did not hear back in time) gets the same answer instead of being run
/// again. Kept apart from <see cref="ICommerceStore"/> so that a store can offer it or not.
/// </summary>
public interface IRequestReplayStore
{
    /// <summary>
    /// Claims <paramref name="requestKey"/> for the caller, or reports that it was already answered or is
    /// being answered right now. A claim older than <paramref name="staleBefore"/> is taken over (its
    /// holder crashed).
    /// </summary>
    Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets requests begun before <paramref name="before"/>. Separate from claiming so that callers can
    /// do it now and then: on every claim it was a second write per write turn.
    /// </summary>
    Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the answer for a request the caller claimed. Once this completes, a claim of the same key gets
    /// <paramref name="response"/>; a store may make it durable only afterwards (a crash in between lets a
    /// retry run the request again).
    /// </summary>
    Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken);

    /// <summary>Drops a claim whose request failed, so that a retry runs it afresh.</summary>
    Task AbandonAsync(string requestKey, CancellationToken cancellationToken);
}

/// <summary>What claiming a request id found.</summary>
public abstract record ReplayClaim
{
    private ReplayClaim()
    {
    }

    /// <summary>First sight of this request: the caller answers it and stores the answer.</summary>
    public sealed record Begun : ReplayClaim;

    /// <summary>Answered before: send this answer again.</summary>
    public sealed record Answered(byte[] Response) : ReplayClaim;

    /// <summary>Another attempt is answering it right now.</summary>
    public sealed record InProgress : ReplayClaim;
}
