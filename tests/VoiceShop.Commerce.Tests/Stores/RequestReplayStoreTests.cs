using NodaTime;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Tests.Stores;

/// <summary>The SQLite replay log: one claim per request id, answers kept, crashed claims taken over.</summary>
public sealed class RequestReplayStoreTests
{
    private static readonly Instant Now = SeededStore.Now;

    [Fact]
    public async Task The_first_caller_claims_a_request_others_see_it_in_progress_then_answered()
    {
        using var seeded = await SeededStore.CreateAsync();
        var store = seeded.Store;

        Assert.IsType<ReplayClaim.Begun>(await BeginAsync(store, "alexa:1", Now));
        Assert.IsType<ReplayClaim.InProgress>(await BeginAsync(store, "alexa:1", Now));
        await store.CompleteAsync("alexa:1", [1, 2, 3], Now, default);

        var answered = Assert.IsType<ReplayClaim.Answered>(await BeginAsync(store, "alexa:1", Now));
        Assert.Equal([1, 2, 3], answered.Response);
        Assert.IsType<ReplayClaim.Begun>(await BeginAsync(store, "alexa:2", Now));
    }

    [Fact]
    public async Task A_claim_abandoned_or_left_by_a_crash_can_be_taken_again()
    {
        using var seeded = await SeededStore.CreateAsync();
        var store = seeded.Store;

        await BeginAsync(store, "alexa:abandoned", Now);
        await store.AbandonAsync("alexa:abandoned", default);
        Assert.IsType<ReplayClaim.Begun>(await BeginAsync(store, "alexa:abandoned", Now));

        await BeginAsync(store, "alexa:crashed", Now);
        Assert.IsType<ReplayClaim.InProgress>(await BeginAsync(store, "alexa:crashed", Now + Duration.FromSeconds(10)));
        Assert.IsType<ReplayClaim.Begun>(await BeginAsync(store, "alexa:crashed", Now + Duration.FromMinutes(1)));
    }

    private static Task<ReplayClaim> BeginAsync(IRequestReplayStore store, string key, Instant now) =>
        store.TryBeginAsync(key, now, now - Duration.FromSeconds(30), default);
}
