using Microsoft.Data.Sqlite;
using NodaTime;
using VoiceShop.Commerce.Carts;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// Carts in <c>carts</c> (when each was last changed) and <c>cart_lines</c>. Every change runs on the one
/// writer, so changes to one cart never interleave and concurrent adds all land.
/// </summary>
public sealed partial class SqliteCommerceStore : ICartStore
{
    /// <summary>The lines of a cart that has not expired, oldest first (rowid keeps the order a line was first added in).</summary>
    private const string CartLinesQuery = """
        SELECT l.sku, l.quantity FROM cart_lines l JOIN carts c ON c.customer_id = l.customer_id
        WHERE l.customer_id = $customer AND c.updated_at >= $expired ORDER BY l.rowid;
        """;

    public async Task<Cart> GetCartAsync(string customerId, Instant expiredBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return ReadCart(Command(connection, CartLinesQuery), customerId, expiredBefore);
    }

    public Task<Cart?> AddToCartAsync(string customerId, IReadOnlyList<CartLine> additions, int maxQuantityPerLine, Instant now, Instant expiredBefore, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            TouchCart(write, customerId, now, expiredBefore);
            foreach (var line in additions)
            {
                using var add = write.Command("""
                    INSERT INTO cart_lines (customer_id, sku, quantity) VALUES ($customer, $sku, $quantity)
                    ON CONFLICT (customer_id, sku) DO UPDATE SET quantity = quantity + excluded.quantity;
                    """);
                add.Parameters.AddWithValue("$customer", customerId);
                add.Parameters.AddWithValue("$sku", line.Sku);
                add.Parameters.AddWithValue("$quantity", line.Quantity);
                add.ExecuteNonQuery();
            }

            using (var tooMany = write.Command("SELECT COUNT(*) FROM cart_lines WHERE customer_id = $customer AND quantity > $max;"))
            {
                tooMany.Parameters.AddWithValue("$customer", customerId);
                tooMany.Parameters.AddWithValue("$max", maxQuantityPerLine);
                if ((long)tooMany.ExecuteScalar()! > 0)
                {
                    return write.Undo<Cart?>(null);
                }
            }

            return ReadCart(write.Command(CartLinesQuery), customerId, expiredBefore);
        }, cancellationToken);

    public Task<Cart> SetCartQuantityAsync(string customerId, string sku, int quantity, Instant now, Instant expiredBefore, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            TouchCart(write, customerId, now, expiredBefore);
            using (var set = write.Command(quantity > 0
                ? """
                  INSERT INTO cart_lines (customer_id, sku, quantity) VALUES ($customer, $sku, $quantity)
                  ON CONFLICT (customer_id, sku) DO UPDATE SET quantity = excluded.quantity;
                  """
                : "DELETE FROM cart_lines WHERE customer_id = $customer AND sku = $sku;"))
            {
                set.Parameters.AddWithValue("$customer", customerId);
                set.Parameters.AddWithValue("$sku", sku);
                if (quantity > 0)
                {
                    set.Parameters.AddWithValue("$quantity", quantity);
                }

                set.ExecuteNonQuery();
            }

            return ReadCart(write.Command(CartLinesQuery), customerId, expiredBefore);
        }, cancellationToken);

    public Task SaveCartCheckoutAsync(string purchaseId, string customerId, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var save = write.Command("""
                INSERT INTO cart_checkouts (purchase_id, customer_id) SELECT $purchase, customer_id FROM carts WHERE customer_id = $customer
                ON CONFLICT (purchase_id) DO NOTHING;
                """);
            save.Parameters.AddWithValue("$purchase", purchaseId);
            save.Parameters.AddWithValue("$customer", customerId);
            return save.ExecuteNonQuery();
        }, cancellationToken);

    /// <summary>
    /// Inside <see cref="CommitOrderAsync"/>: when <paramref name="purchaseId"/> checks out a cart, takes the
    /// ordered quantities out of it (lines added since the read-back stay).
    /// </summary>
    private static void TakeOrderedFromCart(SqliteWrite write, string purchaseId, IReadOnlyList<Orders.OrderLine> ordered)
    {
        string? customerId;
        using (var find = write.Command("SELECT customer_id FROM cart_checkouts WHERE purchase_id = $purchase;"))
        {
            find.Parameters.AddWithValue("$purchase", purchaseId);
            customerId = find.ExecuteScalar() as string;
        }

        if (customerId is null)
        {
            return;
        }

        foreach (var line in ordered)
        {
            using var take = write.Command("UPDATE cart_lines SET quantity = quantity - $quantity WHERE customer_id = $customer AND sku = $sku;");
            take.Parameters.AddWithValue("$customer", customerId);
            take.Parameters.AddWithValue("$sku", line.Sku);
            take.Parameters.AddWithValue("$quantity", line.Quantity);
            take.ExecuteNonQuery();
        }

        using (var empty = write.Command("DELETE FROM cart_lines WHERE customer_id = $customer AND quantity <= 0;"))
        {
            empty.Parameters.AddWithValue("$customer", customerId);
            empty.ExecuteNonQuery();
        }

        using var done = write.Command("DELETE FROM cart_checkouts WHERE purchase_id = $purchase;");
        done.Parameters.AddWithValue("$purchase", purchaseId);
        done.ExecuteNonQuery();
    }

    /// <summary>Creates the cart row or marks it changed now, first emptying a cart that had expired.</summary>
    private static void TouchCart(SqliteWrite write, string customerId, Instant now, Instant expiredBefore)
    {
        using (var expire = write.Command("""
            DELETE FROM cart_lines WHERE customer_id = $customer
            AND EXISTS (SELECT 1 FROM carts WHERE customer_id = $customer AND updated_at < $expired);
            """))
        {
            expire.Parameters.AddWithValue("$customer", customerId);
            expire.Parameters.AddWithValue("$expired", StoredValues.Instant(expiredBefore));
            expire.ExecuteNonQuery();
        }

        using var touch = write.Command("""
            INSERT INTO carts (customer_id, updated_at) VALUES ($customer, $now)
            ON CONFLICT (customer_id) DO UPDATE SET updated_at = excluded.updated_at;
            """);
        touch.Parameters.AddWithValue("$customer", customerId);
        touch.Parameters.AddWithValue("$now", StoredValues.Instant(now));
        touch.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="command"/>, the prepared <see cref="CartLinesQuery"/>, for <paramref name="customerId"/>.</summary>
    private static Cart ReadCart(SqliteCommand command, string customerId, Instant expiredBefore)
    {
        using (command)
        {
            command.Parameters.AddWithValue("$customer", customerId);
            command.Parameters.AddWithValue("$expired", StoredValues.Instant(expiredBefore));
            using var reader = command.ExecuteReader();
            var lines = new List<CartLine>();
            while (reader.Read())
            {
                lines.Add(new CartLine(reader.GetString(0), (int)reader.GetInt64(1)));
            }

            return new Cart(customerId, lines);
        }
    }
}
