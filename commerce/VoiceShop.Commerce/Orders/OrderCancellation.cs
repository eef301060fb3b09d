using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Orders;

/// <summary>
/// Cancels an order that has not shipped: the order and its stock change in one transaction, then the
/// charge is refunded (or the authorization voided), so the shopper is never charged for a cancelled order.
/// </summary>
public sealed class OrderCancellation(IOrderStore orders, IPaymentGateway payments, IClock clock)
{
    /// <summary>The newest order of <paramref name="customer"/> that could be cancelled or has just shipped, optionally holding <paramref name="sku"/>.</summary>
    public async Task<Order?> FindCandidateAsync(Customer customer, string? sku, CancellationToken cancellationToken)
    {
        var all = await orders.GetOrdersAsync(customer.Id, cancellationToken);
        return all.FirstOrDefault(o => o.Status.IsOnTheWay() && (sku is null || o.Contains(sku)));
    }

    /// <summary>Cancels <paramref name="orderId"/> for <paramref name="customer"/>; the result says why not when it can't.</summary>
    public async Task<CancellationResult> CancelAsync(Customer customer, string orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetOrderAsync(orderId, cancellationToken);
        if (order is null || order.CustomerId != customer.Id)
        {
            return CancellationResult.NotFound;
        }

        if (order.Status == OrderStatus.Cancelled)
        {
            return CancellationResult.Cancelled;
        }

        if (!await orders.TryCancelOrderAsync(orderId, clock.GetCurrentInstant(), cancellationToken))
        {
            return CancellationResult.AlreadyShipped;
        }

        if (order.PaymentAuthorizationId is { } paymentId)
        {
            // Both are no-ops in the wrong state, so whichever applies takes effect.
            await payments.RefundAsync(paymentId, cancellationToken);
            await payments.VoidAsync(paymentId, cancellationToken);
        }

        return CancellationResult.Cancelled;
    }
}

/// <summary>What asking to cancel an order led to.</summary>
public enum CancellationResult
{
    Cancelled,
    AlreadyShipped,
    NotFound,
}
