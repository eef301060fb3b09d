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

    /// <summary><see cref="OrderColumns"/> of the table aliased <c>o</c>, for a join.</summary>
    public const string JoinedOrderColumns = "o.id, o.customer_id, o.lines, o.total, o.currency, o.status, o.history, o.carrier, o.expected_delivery, o.placed_at, o.payment_id";

    /// <summary>
    /// The shopper an identity names and their orders, newest first, as one statement: one row per order, the
    /// customer's columns repeated, and a single row with null order columns for a shopper with none. Its
    /// parameters, $1 the provider and $2 the subject hash, are positional to Npgsql and named "$1" and "$2" to SQLite.
    /// </summary>
    public const string CustomerWithOrdersByIdentity = $"""
        SELECT {CustomerColumns}, {JoinedOrderColumns}
        FROM identities i JOIN customers c ON c.id = i.customer_id LEFT JOIN orders o ON o.customer_id = c.id
        WHERE i.provider = $1 AND i.subject_hash = $2
        ORDER BY o.placed_at DESC, o.id;
        """;

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

    /// <summary>The order in <see cref="OrderColumns"/> starting at column <paramref name="first"/>.</summary>
    public static Order ReadOrder(DbDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        StoredValues.Lines(reader.GetString(first + 2)),
        new Money(StoredValues.Decimal(reader.GetString(first + 3)), reader.GetString(first + 4)),
        Enum.Parse<OrderStatus>(reader.GetString(first + 5)),
        StoredValues.History(reader.GetString(first + 6)),
        reader.IsDBNull(first + 7) ? null : reader.GetString(first + 7),
        StoredValues.Date(reader.GetString(first + 8)),
        StoredValues.Instant(reader.GetInt64(first + 9)),
        reader.IsDBNull(first + 10) ? null : reader.GetString(first + 10));

    /// <summary>Reads the rows of <see cref="CustomerWithOrdersByIdentity"/>; null when there are none.</summary>
    public static async Task<CustomerWithOrders?> ReadCustomerWithOrdersAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        const int firstOrderColumn = 11;
        var customer = ReadCustomer(reader);
        var orders = new List<Order>();
        do
        {
            if (!reader.IsDBNull(firstOrderColumn))
            {
                orders.Add(ReadOrder(reader, firstOrderColumn));
            }
        }
        while (await reader.ReadAsync(cancellationToken));

        return new CustomerWithOrders(customer, orders);
    }

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
