using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Tests;

/// <summary>Order-confirmation messages for the tests: the id names the order, as the worded message's does.</summary>
internal static class OrderConfirmations
{
    /// <summary>The confirmation of <paramref name="order"/>, stamped with its placing time.</summary>
    public static Notification For(Order order) =>
        new(NotificationKinds.OrderConfirmation + ":" + order.Id, order.CustomerId, NotificationKinds.OrderConfirmation, "Your order " + order.Id, $"{order.Lines.Count} lines", order.PlacedAt);
}
