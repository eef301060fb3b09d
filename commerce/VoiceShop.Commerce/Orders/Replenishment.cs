using NodaTime;

namespace VoiceShop.Commerce.Orders;

/// <summary>
/// A product the shopper buys again and again whose usual interval has passed: "you usually get coffee pods
/// every three weeks, and it's been four". Days are counted between calendar dates in the shopper's own zone,
/// so an order placed late in the evening counts on the day the shopper placed it.
/// </summary>
/// <param name="Sku">The product.</param>
/// <param name="ProductName">Its name on the last order.</param>
/// <param name="IntervalDays">The average number of days between the shopper's orders of it.</param>
/// <param name="DaysSinceLast">Days since the last order of it.</param>
public sealed record Replenishment(string Sku, string ProductName, int IntervalDays, int DaysSinceLast)
{
    /// <summary>How overdue it is, as a share of its interval: 1.33 when four weeks have passed on a three-week habit.</summary>
    public double Overdue => (double)DaysSinceLast / IntervalDays;

    /// <summary>
    /// The products in <paramref name="orders"/> ordered on at least two different days whose average interval has
    /// passed by <paramref name="today"/>, most overdue first. Cancelled orders do not count: the shopper did not get them.
    /// </summary>
    public static IReadOnlyList<Replenishment> Due(IEnumerable<Order> orders, DateTimeZone zone, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(zone);
        return orders
            .Where(o => o.Status != OrderStatus.Cancelled)
            .SelectMany(o => o.Lines.Select(line => (line.Sku, line.ProductName, Day: o.PlacedAt.InZone(zone).Date, o.PlacedAt)))
            .GroupBy(x => x.Sku, StringComparer.Ordinal)
            .Select(g => Habit(g.Key, g.MaxBy(x => x.PlacedAt).ProductName, g.Select(x => x.Day).Distinct().Order().ToList(), today))
            .OfType<Replenishment>()
            .Where(r => r.DaysSinceLast >= r.IntervalDays)
            .OrderByDescending(r => r.Overdue)
            .ThenBy(r => r.Sku, StringComparer.Ordinal)
            .ToList();
    }

    private static Replenishment? Habit(string sku, string name, List<LocalDate> days, LocalDate today)
    {
        if (days.Count < 2)
        {
            return null;
        }

        var interval = (int)Math.Round(Period.DaysBetween(days[0], days[^1]) / (double)(days.Count - 1));
        return interval < 1 ? null : new Replenishment(sku, name, interval, Period.DaysBetween(days[^1], today));
    }
}
