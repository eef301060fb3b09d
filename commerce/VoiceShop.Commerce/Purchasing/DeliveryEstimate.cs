using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>
/// The delivery day promised at read-back: today in the shopper's own zone plus the slowest product's
/// delivery days. Computed in the shopper's zone because "tomorrow" in Los Angeles is not tomorrow in UTC.
/// </summary>
public static class DeliveryEstimate
{
    /// <summary>Today's date where <paramref name="customer"/> lives.</summary>
    public static LocalDate Today(Customer customer, Instant now) => now.InZone(ZoneFor(customer)).Date;

    /// <summary>The day an order of <paramref name="products"/> placed <paramref name="now"/> arrives.</summary>
    public static LocalDate For(Customer customer, IEnumerable<Product> products, Instant now) =>
        Today(customer, now).PlusDays(Math.Max(1, products.Select(p => p.DeliveryDays).DefaultIfEmpty(2).Max()));

    /// <summary>The customer's zone; an unknown id falls back to UTC rather than failing a purchase.</summary>
    public static DateTimeZone ZoneFor(Customer customer) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(customer.TimeZoneId) ?? DateTimeZone.Utc;
}
