using NodaTime;

namespace VoiceShop.Commerce.Orders;

/// <summary>
/// A placed order. <see cref="ExpectedDelivery"/> is a calendar day in the customer's own zone, not an
/// instant, because that is how a delivery promise is made and spoken.
/// </summary>
public sealed record Order(
    string Id,
    string CustomerId,
    IReadOnlyList<OrderLine> Lines,
    Money Total,
    OrderStatus Status,
    IReadOnlyList<OrderStatusChange> History,
    string? Carrier,
    LocalDate ExpectedDelivery,
    Instant PlacedAt,
    string? PaymentAuthorizationId)
{
    /// <summary>When the order entered <paramref name="status"/>, if it ever did.</summary>
    public Instant? EnteredAt(OrderStatus status) =>
        History.LastOrDefault(change => change.Status == status)?.At;

    /// <summary>Whether any line is the product with <paramref name="sku"/>.</summary>
    public bool Contains(string sku) => Lines.Any(line => line.Sku == sku);
}

/// <summary>One step in an order's history.</summary>
public sealed record OrderStatusChange(OrderStatus Status, Instant At);
