using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Seed;

/// <summary>
/// The embedded defaults: the demo catalog and the demo shopper Alex (Los Angeles, account-linked on Alexa
/// as <c>demo-token</c>) with a few past orders in different states, dated relative to the seeding moment
/// so that the demo always has something on the way. Seeds only an empty store.
/// </summary>
public static class DemoData
{
    /// <summary>The demo shopper's customer id.</summary>
    public const string DemoCustomerId = "cust-alex";

    /// <summary>The Alexa account-linking token that names the demo shopper.</summary>
    public const string DemoAccessToken = "demo-token";

    /// <summary>The Google (Dialogflow) account-link token that names the same demo shopper.</summary>
    public const string DemoGoogleToken = "demo-google-token";

    /// <summary>The phone number the demo shopper registered, recognized as the Phone Gateway's caller id.</summary>
    public const string DemoCallerId = "+15555550100";

    /// <summary>
    /// The demo card tokens and their credit limits, known to the local payment gateway only where the demo data
    /// is seeded: the demo shopper pays with the first, the low limit one shows a decline for an amount.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Cards { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["tok_visa_demo"] = 2_000m,
        ["tok_visa_low_limit"] = 25m,
        ["tok_mastercard_demo"] = 5_000m,
    };

    /// <summary>The demo catalog shipped inside the assembly.</summary>
    public static IReadOnlyList<Product> Catalog()
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream("VoiceShop.Commerce.Seed.demo-catalog.json")
            ?? throw new InvalidOperationException("The demo catalog resource is missing from the build.");
        using var reader = new StreamReader(stream);
        var result = CatalogFile.Parse(reader.ReadToEnd());
        return result.Succeeded ? result.Products : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>The demo shopper.</summary>
    public static Customer Alex { get; } = new(
        DemoCustomerId,
        "Alex",
        "America/Los_Angeles",
        new ShippingAddress("500 Main Street", "Los Angeles", "CA", "90012", "US"),
        "tok_visa_demo",
        new Money(200m, Money.DefaultCurrency));

    /// <summary>Seeds the catalog and the demo shopper when the store has neither. Returns whether it seeded.</summary>
    public static async Task<bool> SeedIfEmptyAsync(ICommerceStore store, IClock clock, CancellationToken cancellationToken)
    {
        if (await store.HasCustomersAsync(cancellationToken) || (await store.GetProductsAsync(cancellationToken)).Count > 0)
        {
            return false;
        }

        var catalog = Catalog();
        await store.UpsertProductsAsync(catalog, cancellationToken);
        await store.SaveCustomerAsync(Alex, cancellationToken);
        await store.LinkIdentityAsync(Alex.Id, new PlatformIdentity(PlatformIdentity.Alexa, DemoAccessToken), cancellationToken);
        await store.LinkIdentityAsync(Alex.Id, new PlatformIdentity(PlatformIdentity.Google, DemoGoogleToken), cancellationToken);
        await store.LinkIdentityAsync(Alex.Id, new PlatformIdentity(PlatformIdentity.Phone, DemoCallerId), cancellationToken);
        await store.LinkIdentityAsync(Alex.Id, new PlatformIdentity(PlatformIdentity.VoiceShop, DemoAccessToken), cancellationToken);
        foreach (var order in PastOrders(catalog, clock.GetCurrentInstant()))
        {
            await store.InsertOrderAsync(order, cancellationToken);
        }

        return true;
    }

    /// <summary>Alex's history: a delivered order, then the latest one, shipped and arriving tomorrow.</summary>
    public static IReadOnlyList<Order> PastOrders(IReadOnlyList<Product> catalog, Instant now)
    {
        var zone = DateTimeZoneProviders.Tzdb[Alex.TimeZoneId];
        var today = now.InZone(zone).Date;
        OrderLine Line(string sku, int quantity)
        {
            var product = catalog.Single(p => p.Sku == sku);
            return new OrderLine(sku, product.Name, product.Unit, quantity, product.Price);
        }

        Instant DaysAgo(int days) => now - Duration.FromDays(days);

        Order Make(string id, IReadOnlyList<OrderLine> lines, int placedDaysAgo, OrderStatus status, LocalDate expected, params (OrderStatus Status, int DaysAgo)[] later) => new(
            id,
            Alex.Id,
            lines,
            Money.Sum(lines.Select(l => l.Total), Money.DefaultCurrency),
            status,
            [new OrderStatusChange(OrderStatus.Placed, DaysAgo(placedDaysAgo)), .. later.Select(s => new OrderStatusChange(s.Status, DaysAgo(s.DaysAgo)))],
            status >= OrderStatus.Shipped ? "UPS" : null,
            expected,
            DaysAgo(placedDaysAgo),
            "pay_seed_" + id);

        return
        [
            Make("1000000003", [Line("PT-2PK", 2), Line("CP-BOX", 1)], 2, OrderStatus.Shipped, today.PlusDays(1), (OrderStatus.Packed, 2), (OrderStatus.Shipped, 1)),
            Make("1000000002", [Line("DISH-SOAP", 1)], 12, OrderStatus.Delivered, today.PlusDays(-9), (OrderStatus.Shipped, 11), (OrderStatus.Delivered, 9)),
            Make("1000000001", [Line("BAT-AA", 2)], 30, OrderStatus.Delivered, today.PlusDays(-27), (OrderStatus.Shipped, 29), (OrderStatus.Delivered, 27)),
        ];
    }
}
