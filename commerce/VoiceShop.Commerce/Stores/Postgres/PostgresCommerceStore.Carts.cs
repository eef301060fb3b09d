using NodaTime;
using Npgsql;
using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Stores.Postgres;

/// <summary>
/// Carts in <c>carts</c> (when each was last changed) and <c>cart_lines</c>, shared by every instance. Each
/// change locks its cart's row first, so changes to one cart from many instances queue instead of losing lines.
/// </summary>
public sealed partial class PostgresCommerceStore : ICartStore
{
    /// <summary>The lines of a cart that has not expired, oldest first.</summary>
    private const string CartLinesQuery = """
        SELECT l.sku, l.quantity FROM cart_lines l JOIN carts c ON c.customer_id = l.customer_id
        WHERE l.customer_id = $1 AND c.updated_at >= $2 ORDER BY l.seq;
        """;

    public async Task<Cart> GetCartAsync(string customerId, Instant expiredBefore, CancellationToken cancellationToken)
    {
        await using var command = Command(CartLinesQuery).Text(customerId).BigInt(StoredValues.Instant(expiredBefore));
        return await ReadCartAsync(command, customerId, cancellationToken);
    }

    public async Task<Cart?> AddToCartAsync(string customerId, IReadOnlyList<CartLine> additions, int maxQuantityPerLine, Instant now, Instant expiredBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockCartAsync(connection, transaction, customerId, now, expiredBefore, cancellationToken);
        foreach (var line in additions)
        {
            await using var add = Command(connection, """
                INSERT INTO cart_lines (customer_id, sku, quantity) VALUES ($1, $2, $3)
                ON CONFLICT (customer_id, sku) DO UPDATE SET quantity = cart_lines.quantity + excluded.quantity;
                """, transaction)
                .Text(customerId)
                .Text(line.Sku)
                .Integer(line.Quantity);
            await add.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var tooMany = Command(connection, "SELECT COUNT(*) FROM cart_lines WHERE customer_id = $1 AND quantity > $2;", transaction)
            .Text(customerId)
            .Integer(maxQuantityPerLine))
        {
            if ((long)(await tooMany.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }
        }

        var cart = await ReadCartAsync(connection, transaction, customerId, expiredBefore, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cart;
    }

    public async Task<Cart> SetCartQuantityAsync(string customerId, string sku, int quantity, Instant now, Instant expiredBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockCartAsync(connection, transaction, customerId, now, expiredBefore, cancellationToken);
        await using (var set = quantity > 0
            ? Command(connection, """
                INSERT INTO cart_lines (customer_id, sku, quantity) VALUES ($1, $2, $3)
                ON CONFLICT (customer_id, sku) DO UPDATE SET quantity = excluded.quantity;
                """, transaction).Text(customerId).Text(sku).Integer(quantity)
            : Command(connection, "DELETE FROM cart_lines WHERE customer_id = $1 AND sku = $2;", transaction).Text(customerId).Text(sku))
        {
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        var cart = await ReadCartAsync(connection, transaction, customerId, expiredBefore, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cart;
    }

    public async Task SaveCartCheckoutAsync(string purchaseId, string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO cart_checkouts (purchase_id, customer_id) SELECT $1, customer_id FROM carts WHERE customer_id = $2
            ON CONFLICT (purchase_id) DO NOTHING;
            """)
            .Text(purchaseId)
            .Text(customerId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Inside <see cref="CommitOrderAsync"/>: when <paramref name="purchaseId"/> checks out a cart, takes the
    /// ordered quantities out of it (lines added since the read-back stay). The cart row is locked first, as
    /// every cart change does, so this and an add never deadlock.
    /// </summary>
    private static async Task TakeOrderedFromCartAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string purchaseId, IReadOnlyList<OrderLine> ordered, CancellationToken cancellationToken)
    {
        string? customerId;
        await using (var find = Command(connection, "DELETE FROM cart_checkouts WHERE purchase_id = $1 RETURNING customer_id;", transaction).Text(purchaseId))
        {
            customerId = await find.ExecuteScalarAsync(cancellationToken) as string;
        }

        if (customerId is null)
        {
            return;
        }

        await using (var lockCart = Command(connection, "SELECT 1 FROM carts WHERE customer_id = $1 FOR UPDATE;", transaction).Text(customerId))
        {
            await lockCart.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var line in ordered)
        {
            await using var take = Command(connection, "UPDATE cart_lines SET quantity = quantity - $3 WHERE customer_id = $1 AND sku = $2;", transaction)
                .Text(customerId)
                .Text(line.Sku)
                .Integer(line.Quantity);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var empty = Command(connection, "DELETE FROM cart_lines WHERE customer_id = $1 AND quantity <= 0;", transaction).Text(customerId);
        await empty.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Creates or locks the cart's row for the rest of the transaction, marks it changed now, and empties it first
    /// when it had expired. The upsert returns the previous change time (or now, for a new cart).
    /// </summary>
    private static async Task LockCartAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string customerId, Instant now, Instant expiredBefore, CancellationToken cancellationToken)
    {
        long previous;
        await using (var upsert = Command(connection, """
            INSERT INTO carts (customer_id, updated_at) VALUES ($1, $2)
            ON CONFLICT (customer_id) DO UPDATE SET updated_at = carts.updated_at RETURNING updated_at;
            """, transaction)
            .Text(customerId)
            .BigInt(StoredValues.Instant(now)))
        {
            previous = (long)(await upsert.ExecuteScalarAsync(cancellationToken))!;
        }

        if (previous < StoredValues.Instant(expiredBefore))
        {
            await using var expire = Command(connection, "DELETE FROM cart_lines WHERE customer_id = $1;", transaction).Text(customerId);
            await expire.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var touch = Command(connection, "UPDATE carts SET updated_at = $2 WHERE customer_id = $1;", transaction)
            .Text(customerId)
            .BigInt(StoredValues.Instant(now));
        await touch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Cart> ReadCartAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string customerId, Instant expiredBefore, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, CartLinesQuery, transaction).Text(customerId).BigInt(StoredValues.Instant(expiredBefore));
        return await ReadCartAsync(command, customerId, cancellationToken);
    }

    private static async Task<Cart> ReadCartAsync(NpgsqlCommand command, string customerId, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<CartLine>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new CartLine(reader.GetString(0), reader.GetInt32(1)));
        }

        return new Cart(customerId, lines);
    }
}
