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

/// <summary>
/// A way a platform names a customer: <see cref="Provider"/> is the platform ("alexa", "google"),
/// <see cref="Subject"/> the account-linking token or caller id it sends.
/// </summary>
public sealed record PlatformIdentity(string Provider, string Subject)
{
    /// <summary>The provider name for Amazon Alexa account-linking access tokens.</summary>
    public const string Alexa = "alexa";

    /// <summary>The provider name for account-link tokens sent by Google (Dialogflow) integrations.</summary>
    public const string Google = "google";

    /// <summary>The provider name for telephone caller ids (E.164) registered to a customer.</summary>
    public const string Phone = "phone";

    /// <summary>The provider name for VoiceShop's own account tokens (the text and voice channels, in-car clients).</summary>
    public const string VoiceShop = "voiceshop";
}

/// <summary>A shopper with their whole order history, newest first, read together.</summary>
public sealed record CustomerWithOrders(Customer Customer, IReadOnlyList<Orders.Order> Orders);
