using NodaTime;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// For stores that keep no replay log: every request is answered afresh. Purchases stay exactly-once
/// regardless (a pending purchase is claimed once); only a retry's wording may differ from the original.
/// </summary>
public sealed class NoRequestReplays : IRequestReplayStore
{
    public Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken) =>
        Task.FromResult<ReplayClaim>(new ReplayClaim.Begun());

    public Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AbandonAsync(string requestKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
