using Microsoft.Data.Sqlite;
using NodaTime;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Commerce.Tests.Stores;

/// <summary>The SQLite replay log: one claim per request id (in memory), answers kept in the file, crashed claims taken over.</summary>
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

    [Fact]
    public async Task A_claim_writes_nothing_and_the_answer_outlives_the_process()
    {
        using var seeded = await SeededStore.CreateAsync();

        Assert.IsType<ReplayClaim.Begun>(await BeginAsync(seeded.Store, "alexa:kept", Now));
        Assert.Equal(0, await StoredReplaysAsync(seeded.DatabasePath));

        await seeded.Store.CompleteAsync("alexa:kept", [7, 8], Now, default);
        Assert.Equal([7, 8], Assert.IsType<ReplayClaim.Answered>(await BeginAsync(seeded.Store, "alexa:kept", Now)).Response);

        // The answer reaches the file after the caller is told: wait for it, as a restart would find it.
        for (var tries = 0; tries < 100 && await StoredReplaysAsync(seeded.DatabasePath) == 0; tries++)
        {
            await Task.Delay(20);
        }

        using var restarted = new SqliteCommerceStore($"Data Source={seeded.DatabasePath}");
        Assert.Equal([7, 8], Assert.IsType<ReplayClaim.Answered>(await BeginAsync(restarted, "alexa:kept", Now)).Response);
        Assert.IsType<ReplayClaim.Begun>(await BeginAsync(restarted, "alexa:other", Now));
    }

    private static async Task<long> StoredReplaysAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM request_replays;";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static Task<ReplayClaim> BeginAsync(IRequestReplayStore store, string key, Instant now) =>
        store.TryBeginAsync(key, now, now - Duration.FromSeconds(30), default);
}
