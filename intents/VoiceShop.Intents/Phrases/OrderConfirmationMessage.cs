using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Phrases;

/// <summary>
/// The order-confirmation message Amazon requires after a voice purchase: the card's details plus where it
/// ships. Its id is the order's, so a repeated confirmation records one message.
/// </summary>
public static class OrderConfirmationMessage
{
    public static Notification For(Order order, Customer customer, TurnContext context, Instant now)
    {
        var card = OrderCard.For(order, context);
        var address = customer.ShippingAddress;
        var lines = card.Lines.Append($"{context.Text("notification.shipsTo")} {address.Line1}, {address.City}, {address.Region} {address.PostalCode}");
        return new Notification(
            NotificationKinds.OrderConfirmation + ":" + order.Id,
            customer.Id,
            NotificationKinds.OrderConfirmation,
            $"{context.Text("notification.orderSubject")} {order.Id}",
            string.Join('\n', lines),
            now);
    }
}
