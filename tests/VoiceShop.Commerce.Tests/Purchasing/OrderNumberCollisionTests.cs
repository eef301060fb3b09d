using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests.Purchasing;

/// <summary>
/// Order numbers are random, so a new one can equal an old one. Under load that once made the shopper hear
/// "something went wrong"; now placement draws another number and the order goes through.
/// </summary>
public sealed class OrderNumberCollisionTests
{
    [Fact]
    public async Task A_taken_order_number_is_drawn_again_and_the_purchase_places_once()
    {
        using var seeded = await SeededStore.CreateAsync();
        var draws = new Queue<string>(["5550000001", "5550000001", "5550000002"]);
        var purchases = new PurchaseService(seeded.Store, seeded.Gateway, seeded.Clock, new PurchaseOptions(), () => draws.Dequeue());
        var first = await seeded.QuoteAsync("coffee pods");
        var second = await seeded.QuoteAsync("oat milk");

        var placedFirst = Assert.IsType<PlacementResult.Placed>(await purchases.PlaceAsync(DemoData.Alex, first.Id, default));
        var placedSecond = Assert.IsType<PlacementResult.Placed>(await purchases.PlaceAsync(DemoData.Alex, second.Id, default));

        Assert.Equal("5550000001", placedFirst.Order.Id);
        Assert.Equal("5550000002", placedSecond.Order.Id);
        Assert.Equal("OAT-MILK", Assert.Single((await seeded.Store.GetOrderAsync("5550000002", default))!.Lines).Sku);
        Assert.Equal("5550000002", (await seeded.Store.GetPendingPurchaseAsync(second.Id, default))!.OrderId);
        Assert.Equal(2, (await seeded.Store.GetPaymentsAsync(default)).Count(p => p.Status == PaymentStatus.Captured));
    }

    [Fact]
    public void New_numbers_are_ten_digits_without_a_leading_zero()
    {
        var numbers = Enumerable.Range(0, 2000).Select(_ => OrderNumber.New()).ToList();

        Assert.All(numbers, n => Assert.Matches("^[1-9][0-9]{9}$", n));
        Assert.True(numbers.Distinct().Count() > 1990, "order numbers should not repeat among a few thousand");
    }
}
