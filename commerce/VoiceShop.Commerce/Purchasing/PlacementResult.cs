using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>What confirming a pending purchase led to. Only <see cref="Placed"/> means money moved.</summary>
public abstract record PlacementResult
{
    private PlacementResult()
    {
    }

    /// <summary>The order exists and is paid; <see cref="WasAlreadyPlaced"/> when this was a repeat of an earlier confirmation.</summary>
    public sealed record Placed(Order Order, bool WasAlreadyPlaced) : PlacementResult;

    /// <summary>The payment method was declined; nothing was ordered.</summary>
    public sealed record Declined(string Reason) : PlacementResult;

    /// <summary>Stock ran out between read-back and yes; nothing was ordered.</summary>
    public sealed record OutOfStock(string ProductName) : PlacementResult;

    /// <summary>The total is above the shopper's limit; nothing was ordered.</summary>
    public sealed record OverLimit(Money Limit) : PlacementResult;

    /// <summary>With this order, today's voice purchases would pass the daily limit; nothing was ordered.</summary>
    public sealed record OverDailyLimit(Money Limit) : PlacementResult;

    /// <summary>No such pending purchase for this customer, or it was abandoned.</summary>
    public sealed record NotFound : PlacementResult;

    /// <summary>Another confirmation of the same purchase is being placed right now.</summary>
    public sealed record InProgress : PlacementResult;
}
