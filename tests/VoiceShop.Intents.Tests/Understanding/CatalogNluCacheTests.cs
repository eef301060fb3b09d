using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Stores.Sqlite;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Tests.Understanding;

public sealed class CatalogNluCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("voiceshop-nlu-").FullName;

    [Fact]
    public async Task The_index_is_rebuilt_when_the_catalog_changes_and_kept_when_it_does_not()
    {
        var store = new SqliteCommerceStore($"Data Source={Path.Combine(_folder, "store.db")}");
        await store.InitializeAsync(CancellationToken.None);
        await store.UpsertProductsAsync([Product("TENT-2", "two person tent", 149m)], CancellationToken.None);
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 18, 0));
        var cache = new CatalogNluCache(store, InteractionModel.Load(), clock, new NluOptions { Engine = NluEngine.Lexical });
        var interpreter = new CatalogUtteranceInterpreter(cache);

        var first = await cache.GetAsync(CancellationToken.None);
        Assert.Null(interpreter.Interpret("buy a kayak", DialogState.Empty, "en-US").Slots[SlotNames.Product].ResolvedId);

        await store.UpsertProductsAsync([Product("KAYAK", "inflatable kayak", 299m)], CancellationToken.None);
        clock.Advance(Duration.FromSeconds(5));
        Assert.Same(first, await cache.GetAsync(CancellationToken.None));

        clock.Advance(cache.CheckInterval);
        var second = await cache.GetAsync(CancellationToken.None);
        Assert.NotSame(first, second);
        Assert.Equal("KAYAK", interpreter.Interpret("buy a kayak", DialogState.Empty, "en-US").Slots[SlotNames.Product].ResolvedId);

        clock.Advance(cache.CheckInterval);
        Assert.Same(second, await cache.GetAsync(CancellationToken.None));
    }

    private static Product Product(string sku, string name, decimal price) =>
        new(sku, name, [], new Money(price, Money.DefaultCurrency), "outdoor", new Dictionary<string, string>(), 10);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
