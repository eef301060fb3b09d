using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using Xunit.Abstractions;

namespace VoiceShop.Commerce.Tests.Purchasing;

/// <summary>Many confirmations of one pending purchase at the same instant, on a real SQLite file.</summary>
public sealed class PlacementRaceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sixty_simultaneous_confirmations_place_one_order_capture_one_charge_and_keep_one_confirmation()
    {
        const int attempts = 60;
        using var seeded = await SeededStore.CreateAsync();
        var before = (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;
        var purchase = await seeded.QuoteAsync("paper towels", 2);

        using var start = new SemaphoreSlim(0);
        var placing = Enumerable.Range(0, attempts).Select(_ => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await seeded.Purchases.PlaceAsync(DemoData.Alex, purchase.Id, OrderConfirmations.For, default);
        })).ToList();
        start.Release(attempts);
        var results = await Task.WhenAll(placing);

        var orders = (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count - before;
        var payments = await seeded.Store.GetPaymentsAsync(default);
        var firstPlacements = results.Count(r => r is PlacementResult.Placed { WasAlreadyPlaced: false });
        output.WriteLine(
            $"race: attempts {attempts}, orders created {orders}, captured {payments.Count(p => p.Status == PaymentStatus.Captured)}, " +
            $"first placements {firstPlacements}, repeats {results.Count(r => r is PlacementResult.Placed { WasAlreadyPlaced: true })}, " +
            $"in progress {results.Count(r => r is PlacementResult.InProgress)}");
        Assert.Equal(1, orders);
        Assert.Equal(1, firstPlacements);
        Assert.All(results, r => Assert.True(r is PlacementResult.Placed or PlacementResult.InProgress, r.ToString()));
        var payment = Assert.Single(payments);
        Assert.Equal(PaymentStatus.Captured, payment.Status);
        Assert.Equal(498, (await seeded.Store.GetProductAsync("PT-2PK", default))!.Stock);
        var placed = (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default))[0];
        Assert.Equal(OrderConfirmations.For(placed), Assert.Single(await seeded.Store.GetNotificationsAsync(DemoData.DemoCustomerId, default)));
    }

    [Fact]
    public async Task A_copy_read_before_another_placement_gets_that_order_back_not_a_second_one()
    {
        using var seeded = await SeededStore.CreateAsync();
        var copy = await seeded.QuoteAsync("paper towels", 2);
        var first = Assert.IsType<PlacementResult.Placed>(await seeded.Purchases.PlaceAsync(DemoData.Alex, copy.Id, default));

        var again = await seeded.Purchases.PlaceAsync(DemoData.Alex, copy, default);

        var repeat = Assert.IsType<PlacementResult.Placed>(again);
        Assert.True(repeat.WasAlreadyPlaced);
        Assert.Equal(first.Order.Id, repeat.Order.Id);
        Assert.Single(await seeded.Store.GetPaymentsAsync(default));
    }

    [Fact]
    public async Task A_copy_read_before_the_shopper_said_no_places_nothing()
    {
        using var seeded = await SeededStore.CreateAsync();
        var before = (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;
        var copy = await seeded.QuoteAsync("paper towels", 2);
        await seeded.Purchases.AbandonAsync(copy.Id, default);

        var result = await seeded.Purchases.PlaceAsync(DemoData.Alex, copy, default);

        Assert.IsType<PlacementResult.NotFound>(result);
        Assert.Equal(before, (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
        Assert.Empty(await seeded.Store.GetPaymentsAsync(default));
    }
}
