using VoiceShop.Commerce.Orders;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Intents.Phrases;

/// <summary>The companion-app card for a placed order: items with prices, total, delivery day and order number.</summary>
public static class OrderCard
{
    public static ReplyCard For(Order order, TurnContext context)
    {
        var locale = SpeechLocale.For(context.Turn.Locale);
        var lines = order.Lines
            .Select(l => $"{l.Quantity} × {l.ProductName}: {locale.Money(l.Total.Amount, l.Total.Currency)}")
            .ToList();
        lines.Add($"Total: {locale.Money(order.Total.Amount, order.Total.Currency)}");
        lines.Add($"Arrives: {order.ExpectedDelivery.DayOfWeek}, {locale.CalendarDate(order.ExpectedDelivery)}");
        lines.Add($"Order number: {order.Id}");
        return new ReplyCard(context.Text("order.cardTitle"), lines);
    }
}
