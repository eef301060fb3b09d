namespace VoiceShop.Commerce.Orders;

/// <summary>Where an order is in its life, in the order it normally moves.</summary>
public enum OrderStatus
{
    Placed,
    Packed,
    Shipped,
    OutForDelivery,
    Delivered,
    Cancelled,
}

/// <summary>Helpers for questions asked of a status.</summary>
public static class OrderStatusExtensions
{
    /// <summary>Whether the order is still coming: neither delivered nor cancelled.</summary>
    public static bool IsOnTheWay(this OrderStatus status) =>
        status is not (OrderStatus.Delivered or OrderStatus.Cancelled);
}
