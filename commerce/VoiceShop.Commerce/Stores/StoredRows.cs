using System.Data.Common;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// The column lists every store selects and how a row of them becomes a domain value. Both stores share
/// one schema shape and the <see cref="StoredValues"/> formats, so one reader serves SQLite and PostgreSQL
/// alike and they cannot drift apart.
/// </summary>
internal static class StoredRows
{
    public const string ProductColumns = "sku, name, synonyms, price, currency, category, attributes, stock, unit, delivery_days";
    public const string CustomerColumns = "c.id, c.name, c.time_zone, c.address_line1, c.city, c.region, c.postal_code, c.country, c.payment_token, c.spending_limit, c.currency";
    public const string OrderColumns = "id, customer_id, lines, total, currency, status, history, carrier, expected_delivery, placed_at, payment_id";
    public const string PendingColumns = "id, customer_id, lines, total, currency, expected_delivery, created_at, status, order_id";
    public const string PaymentColumns = "id, idempotency_key, token, amount, currency, status, decline_reason";

    public static Product ReadProduct(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        StoredValues.Strings(reader.GetString(2)),
        new Money(StoredValues.Decimal(reader.GetString(3)), reader.GetString(4)),
        reader.GetString(5),
        StoredValues.Attributes(reader.GetString(6)),
        reader.GetInt32(7),
        reader.GetString(8),
        reader.GetInt32(9));

    public static Customer ReadCustomer(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        new ShippingAddress(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)),
        reader.GetString(8),
        new Money(StoredValues.Decimal(reader.GetString(9)), reader.GetString(10)));

    public static Order ReadOrder(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        StoredValues.Lines(reader.GetString(2)),
        new Money(StoredValues.Decimal(reader.GetString(3)), reader.GetString(4)),
        Enum.Parse<OrderStatus>(reader.GetString(5)),
        StoredValues.History(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        StoredValues.Date(reader.GetString(8)),
        StoredValues.Instant(reader.GetInt64(9)),
        reader.IsDBNull(10) ? null : reader.GetString(10));

    public static PendingPurchase ReadPendingPurchase(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        StoredValues.Lines(reader.GetString(2)),
        new Money(StoredValues.Decimal(reader.GetString(3)), reader.GetString(4)),
        StoredValues.Date(reader.GetString(5)),
        StoredValues.Instant(reader.GetInt64(6)),
        Enum.Parse<PendingPurchaseStatus>(reader.GetString(7)),
        reader.IsDBNull(8) ? null : reader.GetString(8));

    public static PaymentRecord ReadPayment(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        new Money(StoredValues.Decimal(reader.GetString(3)), reader.GetString(4)),
        Enum.Parse<PaymentStatus>(reader.GetString(5)),
        reader.IsDBNull(6) ? null : reader.GetString(6));
}
