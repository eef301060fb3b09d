using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Skills.Replays;

namespace VoiceShop.Skills.Tests.Replays;

/// <summary>
/// Old request records are cleared now and then, not on every claim: clearing on every claim was a second
/// database write on every write turn.
/// </summary>
public sealed class ReplayForgettingTests
{
    [Fact]
    public async Task Old_requests_are_forgotten_at_most_once_a_minute_and_only_those_older_than_the_memory()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 18, 0));
        var store = new CountingReplayStore();
        var guard = new RequestReplayGuard(store, clock, NullLogger<RequestReplayGuard>.Instance);

        for (var i = 0; i < 5; i++)
        {
            await guard.AnswerOnceAsync("alexa", "req-" + i, _ => Task.FromResult(new byte[] { 1 }), default);
            clock.AdvanceSeconds(10);
        }

        Assert.Equal([Instant.FromUtc(2026, 11, 24, 16, 0)], store.ForgotBefore);

        clock.AdvanceSeconds(20);
        await guard.AnswerOnceAsync("alexa", "req-later", _ => Task.FromResult(new byte[] { 1 }), default);

        Assert.Equal(2, store.ForgotBefore.Count);
        Assert.Equal(clock.GetCurrentInstant() - RequestReplayGuard.Memory, store.ForgotBefore[1]);
        Assert.Equal(6, store.Begun);
    }

    /// <summary>Answers every claim as new and records when it was asked to forget.</summary>
    private sealed class CountingReplayStore : IRequestReplayStore
    {
        public List<Instant> ForgotBefore { get; } = [];

        public int Begun { get; private set; }

        public Task<ReplayClaim> TryBeginAsync(string requestKey, Instant now, Instant staleBefore, CancellationToken cancellationToken)
        {
            Begun++;
            return Task.FromResult<ReplayClaim>(new ReplayClaim.Begun());
        }

        public Task ForgetBeforeAsync(Instant before, CancellationToken cancellationToken)
        {
            ForgotBefore.Add(before);
            return Task.CompletedTask;
        }

        public Task CompleteAsync(string requestKey, byte[] response, Instant now, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AbandonAsync(string requestKey, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
