using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>
/// The daily spending limit holds where it matters: many confirmations of different purchases at the same
/// moment, from several store instances, each seeing the others' claims only through the database.
/// </summary>
public abstract partial class CommerceStoreContract
{
    /// <summary>The shopper's day (Los Angeles) that <see cref="Now"/> falls in: 24 Nov, from 08:00 UTC.</summary>
    private static DailySpendingLimit TenDollarsToday =>
        DailySpendingLimit.For(new Money(10m, "USD"), DateTimeZoneProviders.Tzdb["America/Los_Angeles"], Now);

    [Fact]
    public async Task A_claim_that_would_pass_the_daily_limit_is_abandoned_counting_purchases_still_being_placed()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.UpsertProductsAsync([Product("SKU-A", stock: 100)], None);
        // Yesterday in Los Angeles (23:59 on the 23rd), and a cancelled order today: neither counts.
        await Store.InsertOrderAsync(Order("ord-yesterday", "cust-1", TenDollarsToday.DayStart - Duration.FromMinutes(1)), None);
        await Store.InsertOrderAsync(Order("ord-cancelled", "cust-1", Now - Duration.FromHours(1)) with { Status = OrderStatus.Cancelled }, None);
        foreach (var id in new[] { "pp-a", "pp-b", "pp-c", "pp-d" })
        {
            await SavePurchaseAsync(id, "cust-1", amount: 5m);
        }

        var stale = Now - Duration.FromMinutes(1);
        Assert.Equal(PurchaseClaim.Claimed, await Store.TryClaimWithinDailyLimitAsync("pp-a", Now, stale, TenDollarsToday, None));
        Assert.Equal(PurchaseClaim.Claimed, await Store.TryClaimWithinDailyLimitAsync("pp-b", Now, stale, TenDollarsToday, None));

        // a and b are only being placed, not yet orders: they still take up the day.
        Assert.Equal(PurchaseClaim.OverDailyLimit, await Store.TryClaimWithinDailyLimitAsync("pp-c", Now, stale, TenDollarsToday, None));
        Assert.Equal(PendingPurchaseStatus.Abandoned, (await Store.GetPendingPurchaseAsync("pp-c", None))!.Status);
        Assert.Equal(PurchaseClaim.NotClaimable, await Store.TryClaimWithinDailyLimitAsync("pp-c", Now, stale, TenDollarsToday, None));
        Assert.Equal(PurchaseClaim.NotClaimable, await Store.TryClaimWithinDailyLimitAsync("pp-a", Now, stale, TenDollarsToday, None));

        // Released (its payment failed), a frees its room; committed, b keeps its room as an order.
        await Store.ReleasePendingPurchaseAsync("pp-a", PendingPurchaseStatus.Pending, None);
        var b = (await Store.GetPendingPurchaseAsync("pp-b", None))!;
        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(Order("ord-b", "cust-1", Now, b.Lines), "pp-b", confirmation: null, None));
        Assert.Equal(PurchaseClaim.Claimed, await Store.TryClaimWithinDailyLimitAsync("pp-d", Now, stale, TenDollarsToday, None));
        Assert.Equal(PurchaseClaim.OverDailyLimit, await Store.TryClaimWithinDailyLimitAsync("pp-a", Now, stale, TenDollarsToday, None));
    }

    [Fact]
    public async Task Twenty_four_simultaneous_confirmations_place_exactly_what_fits_in_the_daily_limit()
    {
        const int confirmations = 24;
        var options = new PurchaseOptions { DailySpendingLimit = 50m };
        var customer = Customer("cust-1");
        await Store.SaveCustomerAsync(customer, None);
        await Store.UpsertProductsAsync([Product("SKU-A", stock: 1000)], None);
        // $10 already spent today, so $40 is left: eight of the $5 purchases fit, the ninth would pass it.
        await Store.InsertOrderAsync(Order("ord-earlier", "cust-1", Now - Duration.FromHours(2), [Line(quantity: 4)]), None);
        var purchaseIds = new List<string>();
        for (var i = 0; i < confirmations; i++)
        {
            purchaseIds.Add($"pp-{i:00}");
            await SavePurchaseAsync(purchaseIds[^1], "cust-1", amount: 5m);
        }

        // Four instances sharing the database, as four function instances would.
        var services = new List<PurchaseService>();
        for (var i = 0; i < 4; i++)
        {
            var instance = await OpenTrackedStoreAsync();
            services.Add(new PurchaseService(instance, new LocalPaymentGateway(instance, new FakeClock(Now)), new FakeClock(Now), options));
        }

        using var start = new SemaphoreSlim(0);
        var placing = purchaseIds.Select((id, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await services[i % services.Count].PlaceAsync(customer, id, None);
        })).ToList();
        start.Release(confirmations);
        var results = await Task.WhenAll(placing);

        var placed = results.OfType<PlacementResult.Placed>().ToList();
        var spentToday = Money.Sum((await Store.GetOrdersAsync("cust-1", None)).Select(o => o.Total), "USD");
        var payments = await Store.GetPaymentsAsync(None);
        Output?.WriteLine(
            $"daily limit ({GetType().Name}): {confirmations} concurrent confirmations of $5.00, limit {options.DailySpendingLimit:0.00} with $10.00 spent, " +
            $"placed {placed.Count} (${placed.Sum(p => p.Order.Total.Amount):0.00}), refused over daily limit {results.Count(r => r is PlacementResult.OverDailyLimit)}, " +
            $"day's total {spentToday}, payments {payments.Count} ({string.Join(", ", payments.GroupBy(p => p.Status).Select(g => $"{g.Key} {g.Count()}"))})");

        Assert.Equal(8, placed.Count);
        Assert.All(results, r => Assert.True(r is PlacementResult.Placed { WasAlreadyPlaced: false } or PlacementResult.OverDailyLimit, r.ToString()));
        Assert.Equal(new Money(50m, "USD"), spentToday);
        // Refused at the claim, before any authorization: the only payments are the eight captured charges.
        Assert.Equal(8, payments.Count);
        Assert.All(payments, p => Assert.Equal(PaymentStatus.Captured, p.Status));
        Assert.Equal(1000 - (8 * 2), (await Store.GetProductAsync("SKU-A", None))!.Stock);
        foreach (var id in purchaseIds)
        {
            var purchase = (await Store.GetPendingPurchaseAsync(id, None))!;
            var expected = placed.Any(p => p.Order.Id == purchase.OrderId) ? PendingPurchaseStatus.Placed : PendingPurchaseStatus.Abandoned;
            Assert.Equal(expected, purchase.Status);
        }
    }

    /// <summary>Where a store's tests can write the figures they measured; set by the tests of each store.</summary>
    protected virtual Xunit.Abstractions.ITestOutputHelper? Output => null;

    /// <summary>A pending purchase of two of SKU-A at $2.50, totalling <paramref name="amount"/>.</summary>
    private async Task SavePurchaseAsync(string purchaseId, string customerId, decimal amount)
    {
        IReadOnlyList<OrderLine> lines = [Line(quantity: (int)(amount / 2.5m))];
        await Store.SavePendingPurchaseAsync(
            new PendingPurchase(purchaseId, customerId, lines, new Money(amount, "USD"), new LocalDate(2026, 11, 26), Now, PendingPurchaseStatus.Pending, OrderId: null),
            None);
    }

    private static OrderLine Line(int quantity) => new("SKU-A", "name SKU-A", "pack", quantity, new Money(2.5m, "USD"));
}
