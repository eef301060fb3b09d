using System.Diagnostics;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using Xunit.Abstractions;

namespace VoiceShop.Commerce.Tests.Purchasing;

/// <summary>
/// A real process placing orders against a real SQLite file is killed at an arbitrary moment; the file must
/// then hold only whole orders with their charge, no charge without an order, and the interrupted purchase
/// must place exactly once when the shopper tries again.
/// </summary>
public sealed class PlacementCrashTests(ITestOutputHelper output)
{
    private static readonly int[] KillAfterPlacements = [3, 7, 12, 19, 26, 31, 43, 50];

    [Fact]
    public async Task A_placer_killed_mid_purchase_leaves_whole_orders_or_nothing_and_the_retry_places_once()
    {
        var interrupted = new List<string>();
        foreach (var killAfter in KillAfterPlacements)
        {
            using var seeded = await SeededStore.CreateAsync();
            var seededOrders = (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Select(o => o.Id).ToHashSet();

            var lastPurchaseId = await RunAndKillAsync(seeded.DatabasePath, killAfter);
            var stateAtKill = await DescribeAsync(seeded, lastPurchaseId);
            interrupted.Add(stateAtKill);

            await AssertWholeOrdersOnlyAsync(seeded, seededOrders, lastPurchaseId);

            // The shopper says yes again after the placement lease has run out.
            var later = new FakeClock(SystemClock.Instance.GetCurrentInstant() + Duration.FromMinutes(5));
            var retrying = new PurchaseService(seeded.Store, new LocalPaymentGateway(seeded.Store, later), later, new PurchaseOptions { DailySpendingLimit = 1_000_000m });
            var retry = await retrying.PlaceAsync(DemoData.Alex, lastPurchaseId, default);
            var again = await retrying.PlaceAsync(DemoData.Alex, lastPurchaseId, default);

            var order = Assert.IsType<PlacementResult.Placed>(retry).Order;
            Assert.True(Assert.IsType<PlacementResult.Placed>(again).WasAlreadyPlaced);
            var orders = await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default);
            Assert.Single(orders, o => o.PaymentAuthorizationId == order.PaymentAuthorizationId);
            var payments = await seeded.Store.GetPaymentsAsync(default);
            var payment = Assert.Single(payments, p => p.IdempotencyKey == "purchase:" + lastPurchaseId);
            Assert.Equal(PaymentStatus.Captured, payment.Status);
            Assert.All(payments, p => Assert.Equal(PaymentStatus.Captured, p.Status));
            await AssertWholeOrdersOnlyAsync(seeded, seededOrders, lastPurchaseId: null);
        }

        output.WriteLine($"crash runs {KillAfterPlacements.Length}; purchase state at kill: {string.Join(", ", interrupted)}");
    }

    /// <summary>Starts the worker, lets it place <paramref name="placements"/> orders, kills it; returns the purchase it was on.</summary>
    private static async Task<string> RunAndKillAsync(string databasePath, int placements)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "VoiceShop.Commerce.CrashWorker.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(worker);
        start.ArgumentList.Add(databasePath);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? lastPlacing = null;
        var placing = 0;
        try
        {
            while (placing < placements)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException("The worker stopped: " + await process.StandardError.ReadToEndAsync(timeout.Token));
                if (line.StartsWith("placing ", StringComparison.Ordinal))
                {
                    lastPlacing = line["placing ".Length..];
                    placing++;
                }
                else if (!line.StartsWith("placed ", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The worker said: " + line);
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // The pipe may hold lines written before the kill; the last purchase announced is the one interrupted (or just finished).
        var rest = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        foreach (var line in rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("placing ", StringComparison.Ordinal))
            {
                lastPlacing = line["placing ".Length..];
            }
        }

        return lastPlacing!;
    }

    private static async Task AssertWholeOrdersOnlyAsync(SeededStore seeded, HashSet<string> seededOrders, string? lastPurchaseId)
    {
        var orders = (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Where(o => !seededOrders.Contains(o.Id)).ToList();
        var payments = (await seeded.Store.GetPaymentsAsync(default)).ToDictionary(p => p.Id);
        var paidOrders = orders.Select(o => o.PaymentAuthorizationId).ToHashSet();

        // Every order has its charge, authorized or captured; one charge never pays two orders.
        Assert.All(orders, o => Assert.Contains(payments[o.PaymentAuthorizationId!].Status, new[] { PaymentStatus.Captured, PaymentStatus.Authorized }));
        Assert.Equal(orders.Count, paidOrders.Count);

        // No captured charge without an order; an authorization without one only for the interrupted purchase.
        Assert.All(payments.Values.Where(p => p.Status == PaymentStatus.Captured), p => Assert.Contains(p.Id, paidOrders));
        Assert.All(
            payments.Values.Where(p => p.Status == PaymentStatus.Authorized && !paidOrders.Contains(p.Id)),
            p => Assert.Equal("purchase:" + lastPurchaseId, p.IdempotencyKey));
        Assert.True(orders.Count(o => payments[o.PaymentAuthorizationId!].Status == PaymentStatus.Authorized) <= 1);
    }

    private static async Task<string> DescribeAsync(SeededStore seeded, string purchaseId)
    {
        var purchase = await seeded.Store.GetPendingPurchaseAsync(purchaseId, default);
        var payment = await seeded.Store.FindPaymentByKeyAsync("purchase:" + purchaseId, default);
        return $"{purchase?.Status}/{payment?.Status.ToString() ?? "no payment"}";
    }
}
