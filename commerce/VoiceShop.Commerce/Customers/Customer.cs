namespace VoiceShop.Commerce.Customers;

/// <summary>
/// A shopper. One customer may be reached through several platform identities (Alexa, Google), and all of
/// them share this one order history. <see cref="TimeZoneId"/> is an IANA id, because delivery days are
/// spoken in the shopper's own zone.
/// </summary>
public sealed record Customer(
    string Id,
    string Name,
    string TimeZoneId,
    ShippingAddress ShippingAddress,
    string PaymentToken,
    Money SpendingLimit);

/// <summary>Where orders are delivered.</summary>
public sealed record ShippingAddress(string Line1, string City, string Region, string PostalCode, string Country);

/// <summary>A shopper with their whole order history, newest first, read together.</summary>
public sealed record CustomerWithOrders(Customer Customer, IReadOnlyList<Orders.Order> Orders);
