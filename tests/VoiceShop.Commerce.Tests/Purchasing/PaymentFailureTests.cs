using NodaTime.Testing;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests.Purchasing;

/// <summary>
/// When paying goes wrong there is never an order without an authorized charge, nor a captured charge
/// without an order, and the shopper can simply try again.
/// </summary>
public sealed class PaymentFailureTests
{
    [Fact]
    public async Task A_declined_card_orders_nothing_and_charges_nothing()
    {
        using var seeded = await SeededStore.CreateAsync();
        var shopper = DemoData.Alex with { PaymentToken = LocalPaymentGateway.DeclinedToken };
        await seeded.Store.SaveCustomerAsync(shopper, default);
        var before = await OrderCountAsync(seeded);
        var purchase = await seeded.QuoteAsync("coffee pods");

        var result = await seeded.Purchases.PlaceAsync(shopper, purchase.Id, default);

        Assert.IsType<PlacementResult.Declined>(result);
        Assert.Equal(before, await OrderCountAsync(seeded));
        Assert.Equal(PaymentStatus.Declined, Assert.Single(await seeded.Store.GetPaymentsAsync(default)).Status);
    }

    [Fact]
    public async Task Stock_gone_between_read_back_and_yes_voids_the_authorization()
    {
        using var seeded = await SeededStore.CreateAsync();
        var before = await OrderCountAsync(seeded);
        var purchase = await seeded.QuoteAsync("dish soap", 3);
        var soap = (await seeded.Store.GetProductAsync("DISH-SOAP", default))!;
        await seeded.Store.UpsertProductsAsync([soap with { Stock = 2 }], default);

        var result = await seeded.Purchases.PlaceAsync(DemoData.Alex, purchase.Id, default);

        Assert.IsType<PlacementResult.OutOfStock>(result);
        Assert.Equal(before, await OrderCountAsync(seeded));
        Assert.Equal(PaymentStatus.Voided, Assert.Single(await seeded.Store.GetPaymentsAsync(default)).Status);
        Assert.Equal(2, (await seeded.Store.GetProductAsync("DISH-SOAP", default))!.Stock);
    }

    [Fact]
    public async Task A_processor_timeout_orders_nothing_and_the_retry_places_once_with_the_same_authorization()
    {
        TimingOutGateway? gateway = null;
        using var seeded = await SeededStore.CreateAsync(store => gateway = new TimingOutGateway(new LocalPaymentGateway(store, new FakeClock(SeededStore.Now))));
        var before = await OrderCountAsync(seeded);
        var purchase = await seeded.QuoteAsync("oat milk", 2);
        gateway!.TimeOutNextAuthorization = true;

        await Assert.ThrowsAsync<TimeoutException>(() => seeded.Purchases.PlaceAsync(DemoData.Alex, purchase.Id, default));

        Assert.Equal(before, await OrderCountAsync(seeded));
        Assert.DoesNotContain(await seeded.Store.GetPaymentsAsync(default), p => p.Status == PaymentStatus.Captured);
        Assert.Equal(PendingPurchaseStatus.Pending, (await seeded.Store.GetPendingPurchaseAsync(purchase.Id, default))!.Status);

        var retry = await seeded.Purchases.PlaceAsync(DemoData.Alex, purchase.Id, default);
        var again = await seeded.Purchases.PlaceAsync(DemoData.Alex, purchase.Id, default);

        var placed = Assert.IsType<PlacementResult.Placed>(retry);
        Assert.False(placed.WasAlreadyPlaced);
        Assert.True(Assert.IsType<PlacementResult.Placed>(again).WasAlreadyPlaced);
        Assert.Equal(before + 1, await OrderCountAsync(seeded));
        var payment = Assert.Single(await seeded.Store.GetPaymentsAsync(default));
        Assert.Equal(PaymentStatus.Captured, payment.Status);
        Assert.Equal(payment.Id, placed.Order.PaymentAuthorizationId);
    }

    private static async Task<int> OrderCountAsync(SeededStore seeded) =>
        (await seeded.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

    /// <summary>
    /// A processor whose answer is lost on the way back: the authorization happened (it is in the ledger)
    /// but the caller sees a timeout, the nastiest failure a payment integration has.
    /// </summary>
    private sealed class TimingOutGateway(IPaymentGateway inner) : IPaymentGateway
    {
        public bool TimeOutNextAuthorization { get; set; }

        public async Task<PaymentAuthorization> AuthorizeAsync(string paymentToken, Money amount, string idempotencyKey, CancellationToken cancellationToken)
        {
            var authorization = await inner.AuthorizeAsync(paymentToken, amount, idempotencyKey, cancellationToken);
            if (TimeOutNextAuthorization)
            {
                TimeOutNextAuthorization = false;
                throw new TimeoutException("The processor did not answer in time.");
            }

            return authorization;
        }

        public Task CaptureAsync(string authorizationId, CancellationToken cancellationToken) => inner.CaptureAsync(authorizationId, cancellationToken);

        public Task VoidAsync(string authorizationId, CancellationToken cancellationToken) => inner.VoidAsync(authorizationId, cancellationToken);

        public Task RefundAsync(string authorizationId, CancellationToken cancellationToken) => inner.RefundAsync(authorizationId, cancellationToken);
    }
}
