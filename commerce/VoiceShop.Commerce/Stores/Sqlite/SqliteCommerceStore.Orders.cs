using Microsoft.Data.Sqlite;
using NodaTime;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Sqlite;

public sealed partial class SqliteCommerceStore
{
    public async Task<IReadOnlyList<Order>> GetOrdersAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {OrderColumns} FROM orders WHERE customer_id = $customer ORDER BY placed_at DESC, id;");
        command.Parameters.AddWithValue("$customer", customerId);
        return await ReadOrdersAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Order>> GetOrdersPlacedSinceAsync(string customerId, Instant since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {OrderColumns} FROM orders WHERE customer_id = $customer AND placed_at >= $since ORDER BY placed_at DESC, id;");
        command.Parameters.AddWithValue("$customer", customerId);
        command.Parameters.AddWithValue("$since", StoredValues.Instant(since));
        return await ReadOrdersAsync(command, cancellationToken);
    }

    public async Task<Order?> GetLastOrderAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {OrderColumns} FROM orders WHERE customer_id = $customer AND status <> 'Cancelled' ORDER BY placed_at DESC, id LIMIT 1;");
        command.Parameters.AddWithValue("$customer", customerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadOrder(reader) : null;
    }

    private static async Task<IReadOnlyList<Order>> ReadOrdersAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var orders = new List<Order>();
        while (await reader.ReadAsync(cancellationToken))
        {
            orders.Add(ReadOrder(reader));
        }

        return orders;
    }

    public async Task<Order?> GetOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return ReadOrderById(Command(connection, OrderByIdSql), orderId);
    }

    public Task InsertOrderAsync(Order order, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = InsertOrderCommand(write, order);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task SavePendingPurchaseAsync(PendingPurchase purchase, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command($"""
                INSERT INTO pending_purchases ({PendingColumns})
                VALUES ($id, $customer, $lines, $total, $currency, $delivery, $created, $status, $order);
                """);
            command.Parameters.AddWithValue("$id", purchase.Id);
            command.Parameters.AddWithValue("$customer", purchase.CustomerId);
            command.Parameters.AddWithValue("$lines", StoredValues.Lines(purchase.Lines));
            command.Parameters.AddWithValue("$total", StoredValues.Decimal(purchase.Total.Amount));
            command.Parameters.AddWithValue("$currency", purchase.Total.Currency);
            command.Parameters.AddWithValue("$delivery", StoredValues.Date(purchase.ExpectedDelivery));
            command.Parameters.AddWithValue("$created", StoredValues.Instant(purchase.CreatedAt));
            command.Parameters.AddWithValue("$status", purchase.Status.ToString());
            command.Parameters.AddWithValue("$order", (object?)purchase.OrderId ?? DBNull.Value);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public async Task<PendingPurchase?> GetPendingPurchaseAsync(string purchaseId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {PendingColumns} FROM pending_purchases WHERE id = $id;");
        command.Parameters.AddWithValue("$id", purchaseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return ReadPendingPurchase(reader);
    }

    public Task<bool> TryClaimPendingPurchaseAsync(string purchaseId, Instant now, Instant staleBefore, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("""
                UPDATE pending_purchases SET status = 'Placing', claimed_at = $now
                WHERE id = $id AND (status = 'Pending' OR (status = 'Placing' AND claimed_at < $stale));
                """);
            command.Parameters.AddWithValue("$id", purchaseId);
            command.Parameters.AddWithValue("$now", StoredValues.Instant(now));
            command.Parameters.AddWithValue("$stale", StoredValues.Instant(staleBefore));
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public Task<PurchaseClaim> TryClaimWithinDailyLimitAsync(string purchaseId, Instant now, Instant staleBefore, DailySpendingLimit limit, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            // Inside the one write transaction: no other claim or commit can run between the claim, the day's
            // total and the decision, in this process or any other on the same file.
            string customerId;
            Money total;
            using (var claim = write.Command("""
                UPDATE pending_purchases SET status = 'Placing', claimed_at = $now
                WHERE id = $id AND (status = 'Pending' OR (status = 'Placing' AND claimed_at < $stale))
                RETURNING customer_id, total, currency;
                """))
            {
                claim.Parameters.AddWithValue("$id", purchaseId);
                claim.Parameters.AddWithValue("$now", StoredValues.Instant(now));
                claim.Parameters.AddWithValue("$stale", StoredValues.Instant(staleBefore));
                using var claimed = claim.ExecuteReader();
                if (!claimed.Read())
                {
                    return PurchaseClaim.NotClaimable;
                }

                customerId = claimed.GetString(0);
                total = new Money(StoredValues.Decimal(claimed.GetString(1)), claimed.GetString(2));
            }

            if (limit.Allows(SpentInDay(write, customerId, purchaseId, limit), total))
            {
                return PurchaseClaim.Claimed;
            }

            using var abandon = write.Command("UPDATE pending_purchases SET status = 'Abandoned', claimed_at = NULL WHERE id = $id;");
            abandon.Parameters.AddWithValue("$id", purchaseId);
            abandon.ExecuteNonQuery();
            return PurchaseClaim.OverDailyLimit;
        }, cancellationToken);

    /// <summary>
    /// What <paramref name="customerId"/>'s day already holds: orders placed in it (not cancelled) and the other
    /// purchases claimed in it that are still being placed (each becomes an order placed at its claim).
    /// </summary>
    private static List<Money> SpentInDay(SqliteWrite write, string customerId, string exceptPurchaseId, DailySpendingLimit limit)
    {
        using var read = write.Command("""
            SELECT total, currency FROM orders
            WHERE customer_id = $customer AND status <> 'Cancelled' AND placed_at >= $start AND placed_at < $end
            UNION ALL
            SELECT total, currency FROM pending_purchases
            WHERE customer_id = $customer AND status = 'Placing' AND claimed_at >= $start AND claimed_at < $end AND id <> $id;
            """);
        read.Parameters.AddWithValue("$customer", customerId);
        read.Parameters.AddWithValue("$id", exceptPurchaseId);
        read.Parameters.AddWithValue("$start", StoredValues.Instant(limit.DayStart));
        read.Parameters.AddWithValue("$end", StoredValues.Instant(limit.DayEnd));
        using var reader = read.ExecuteReader();
        var spent = new List<Money>();
        while (reader.Read())
        {
            spent.Add(new Money(StoredValues.Decimal(reader.GetString(0)), reader.GetString(1)));
        }

        return spent;
    }

    public Task ReleasePendingPurchaseAsync(string purchaseId, PendingPurchaseStatus status, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("UPDATE pending_purchases SET status = $status, claimed_at = NULL WHERE id = $id AND status <> 'Placed';");
            command.Parameters.AddWithValue("$id", purchaseId);
            command.Parameters.AddWithValue("$status", status.ToString());
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<OrderCommit> CommitOrderAsync(Order order, string purchaseId, Notification? confirmation, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            foreach (var line in order.Lines)
            {
                using var take = write.Command("UPDATE products SET stock = stock - $quantity WHERE sku = $sku AND stock >= $quantity;");
                take.Parameters.AddWithValue("$sku", line.Sku);
                take.Parameters.AddWithValue("$quantity", line.Quantity);
                if (take.ExecuteNonQuery() != 1)
                {
                    return write.Undo(OrderCommit.NotPlaced);
                }
            }

            using (var insert = InsertOrderCommand(write, order, unlessNumberTaken: true))
            {
                if (insert.ExecuteNonQuery() != 1)
                {
                    return write.Undo(OrderCommit.NumberTaken);
                }
            }

            using (var mark = write.Command("UPDATE pending_purchases SET status = 'Placed', order_id = $order WHERE id = $id AND status = 'Placing';"))
            {
                mark.Parameters.AddWithValue("$id", purchaseId);
                mark.Parameters.AddWithValue("$order", order.Id);
                if (mark.ExecuteNonQuery() != 1)
                {
                    // Someone else placed or released it: this order must not exist.
                    return write.Undo(OrderCommit.NotPlaced);
                }
            }

            if (confirmation is not null)
            {
                InsertNotification(write, confirmation);
            }

            TakeOrderedFromCart(write, purchaseId, order.Lines);
            return OrderCommit.Committed;
        }, cancellationToken);

    public Task<bool> TryCancelOrderAsync(string orderId, Instant at, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            var order = ReadOrderById(write.Command(OrderByIdSql), orderId);
            if (order is null || order.Status is not (OrderStatus.Placed or OrderStatus.Packed))
            {
                return false;
            }

            using (var cancel = write.Command("UPDATE orders SET status = 'Cancelled', history = $history WHERE id = $id AND status IN ('Placed', 'Packed');"))
            {
                cancel.Parameters.AddWithValue("$id", orderId);
                cancel.Parameters.AddWithValue("$history", StoredValues.History([.. order.History, new OrderStatusChange(OrderStatus.Cancelled, at)]));
                if (cancel.ExecuteNonQuery() != 1)
                {
                    return false;
                }
            }

            foreach (var line in order.Lines)
            {
                using var restock = write.Command("UPDATE products SET stock = stock + $quantity WHERE sku = $sku;");
                restock.Parameters.AddWithValue("$sku", line.Sku);
                restock.Parameters.AddWithValue("$quantity", line.Quantity);
                restock.ExecuteNonQuery();
            }

            return true;
        }, cancellationToken);

    private const string OrderByIdSql = $"SELECT {OrderColumns} FROM orders WHERE id = $id;";

    /// <summary>Runs <paramref name="command"/>, the prepared <see cref="OrderByIdSql"/>, for <paramref name="orderId"/>.</summary>
    private static Order? ReadOrderById(SqliteCommand command, string orderId)
    {
        using (command)
        {
            command.Parameters.AddWithValue("$id", orderId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadOrder(reader) : null;
        }
    }

    private const string InsertOrderSql = $"INSERT INTO orders ({OrderColumns}) VALUES ($id, $customer, $lines, $total, $currency, $status, $history, $carrier, $delivery, $placed, $payment)";

    /// <summary>The insert of <paramref name="order"/>; with <paramref name="unlessNumberTaken"/> it inserts nothing, instead of failing, when the number is taken.</summary>
    private static SqliteCommand InsertOrderCommand(SqliteWrite write, Order order, bool unlessNumberTaken = false)
    {
        var command = write.Command(unlessNumberTaken ? InsertOrderSql + " ON CONFLICT (id) DO NOTHING;" : InsertOrderSql + ";");
        command.Parameters.AddWithValue("$id", order.Id);
        command.Parameters.AddWithValue("$customer", order.CustomerId);
        command.Parameters.AddWithValue("$lines", StoredValues.Lines(order.Lines));
        command.Parameters.AddWithValue("$total", StoredValues.Decimal(order.Total.Amount));
        command.Parameters.AddWithValue("$currency", order.Total.Currency);
        command.Parameters.AddWithValue("$status", order.Status.ToString());
        command.Parameters.AddWithValue("$history", StoredValues.History(order.History));
        command.Parameters.AddWithValue("$carrier", (object?)order.Carrier ?? DBNull.Value);
        command.Parameters.AddWithValue("$delivery", StoredValues.Date(order.ExpectedDelivery));
        command.Parameters.AddWithValue("$placed", StoredValues.Instant(order.PlacedAt));
        command.Parameters.AddWithValue("$payment", (object?)order.PaymentAuthorizationId ?? DBNull.Value);
        return command;
    }
}
