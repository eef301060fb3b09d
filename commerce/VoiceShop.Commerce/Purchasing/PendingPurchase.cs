using NodaTime;
using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>
/// A purchase that has been read back to the shopper but not yet confirmed. It lives in the store, not in
/// the voice session, so that any function instance can confirm it and it can be placed exactly once.
/// </summary>
public sealed record PendingPurchase(
    string Id,
    string CustomerId,
    IReadOnlyList<OrderLine> Lines,
    Money Total,
    LocalDate ExpectedDelivery,
    Instant CreatedAt,
    PendingPurchaseStatus Status,
    string? OrderId);

/// <summary>The life of a pending purchase.</summary>
public enum PendingPurchaseStatus
{
    /// <summary>Read back, waiting for a yes or no.</summary>
    Pending,

    /// <summary>Claimed by one confirmation that is charging and writing the order right now.</summary>
    Placing,

    /// <summary>Became an order.</summary>
    Placed,

    /// <summary>The shopper said no, or it expired.</summary>
    Abandoned,
}
