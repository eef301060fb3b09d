using NodaTime;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>
/// The most a shopper may spend by voice in one day of their own time zone, and where that day begins and
/// ends as instants, so a store can total the day without knowing about time zones.
/// </summary>
/// <param name="Limit">The day's cap, in the currency of the purchases it applies to.</param>
/// <param name="DayStart">The first instant of the shopper's day (inclusive).</param>
/// <param name="DayEnd">The first instant of the shopper's next day (exclusive).</param>
public sealed record DailySpendingLimit(Money Limit, Instant DayStart, Instant DayEnd)
{
    /// <summary>The limit for the day <paramref name="now"/> falls in, in <paramref name="zone"/>.</summary>
    public static DailySpendingLimit For(Money limit, DateTimeZone zone, Instant now)
    {
        var today = now.InZone(zone).Date;
        return new DailySpendingLimit(limit, today.AtStartOfDayInZone(zone).ToInstant(), today.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }

    /// <summary>Whether <paramref name="amount"/> more still fits, given what the day already holds.</summary>
    public bool Allows(IEnumerable<Money> alreadySpent, Money amount) =>
        Money.Sum(alreadySpent.Where(m => m.Currency == Limit.Currency), Limit.Currency) + amount <= Limit;
}
