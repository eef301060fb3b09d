using NodaTime;
using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Tests.Orders;

public sealed class ReplenishmentTests
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly LocalDate Today = new(2026, 11, 24);

    private static Order Bought(string sku, int daysAgo, OrderStatus status = OrderStatus.Delivered, int hour = 12)
    {
        var placed = Today.PlusDays(-daysAgo).At(new LocalTime(hour, 0)).InZoneStrictly(Zone).ToInstant();
        return new Order(
            $"o-{sku}-{daysAgo}",
            "c1",
            [new OrderLine(sku, sku.ToLowerInvariant(), "box", 1, new Money(1m, "USD"))],
            new Money(1m, "USD"),
            status,
            [new OrderStatusChange(OrderStatus.Placed, placed)],
            null,
            Today,
            placed,
            null);
    }

    [Fact]
    public void A_product_bought_every_three_weeks_is_due_four_weeks_on()
    {
        var due = Replenishment.Due([Bought("CP", 28), Bought("CP", 49), Bought("CP", 70)], Zone, Today);

        var coffee = Assert.Single(due);
        Assert.Equal(21, coffee.IntervalDays);
        Assert.Equal(28, coffee.DaysSinceLast);
    }

    [Fact]
    public void Not_yet_due_bought_once_or_cancelled_orders_suggest_nothing()
    {
        Assert.Empty(Replenishment.Due([Bought("CP", 10), Bought("CP", 31)], Zone, Today));
        Assert.Empty(Replenishment.Due([Bought("SOAP", 90)], Zone, Today));
        Assert.Empty(Replenishment.Due([Bought("CP", 28), Bought("CP", 49, OrderStatus.Cancelled)], Zone, Today));
    }

    [Fact]
    public void The_most_overdue_comes_first()
    {
        var due = Replenishment.Due([Bought("A", 30), Bought("A", 50), Bought("B", 20), Bought("B", 30)], Zone, Today);

        Assert.Equal(["B", "A"], due.Select(d => d.Sku).ToArray());
    }

    [Fact]
    public void Days_are_counted_in_the_shoppers_zone()
    {
        // 11 pm in Los Angeles is the next day in UTC; the shopper placed both orders a week apart on their own calendar.
        var due = Replenishment.Due([Bought("CP", 7, hour: 23), Bought("CP", 14, hour: 1)], Zone, Today);

        Assert.Equal(7, Assert.Single(due).IntervalDays);
    }
}
