using NodaTime;
using Npgsql;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Postgres;

public sealed partial class PostgresCommerceStore
{
    private const string InsertOrder = $"INSERT INTO orders ({OrderColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

    private const string InsertOrderSql = InsertOrder + ";";

    /// <summary>Placement's insert: a number already taken inserts nothing, so the caller can draw another.</summary>
    private const string InsertOrderUnlessNumberTakenSql = InsertOrder + " ON CONFLICT (id) DO NOTHING;";

    public async Task<IReadOnlyList<Order>> GetOrdersAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {OrderColumns} FROM orders WHERE customer_id = $1 ORDER BY placed_at DESC, id;").Text(customerId);
        return await ReadOrdersAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Order>> GetOrdersPlacedSinceAsync(string customerId, Instant since, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {OrderColumns} FROM orders WHERE customer_id = $1 AND placed_at >= $2 ORDER BY placed_at DESC, id;")
            .Text(customerId)
            .BigInt(StoredValues.Instant(since));
        return await ReadOrdersAsync(command, cancellationToken);
    }

    public async Task<Order?> GetLastOrderAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {OrderColumns} FROM orders WHERE customer_id = $1 AND status <> 'Cancelled' ORDER BY placed_at DESC, id LIMIT 1;").Text(customerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadOrder(reader) : null;
    }

    private static async Task<IReadOnlyList<Order>> ReadOrdersAsync(NpgsqlCommand command, CancellationToken cancellationToken)
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
        await using var command = Command($"SELECT {OrderColumns} FROM orders WHERE id = $1;").Text(orderId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadOrder(reader) : null;
    }

    public async Task InsertOrderAsync(Order order, CancellationToken cancellationToken)
    {
        await using var command = WithOrder(Command(InsertOrderSql), order);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SavePendingPurchaseAsync(PendingPurchase purchase, CancellationToken cancellationToken)
    {
        await using var command = Command($"INSERT INTO pending_purchases ({PendingColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);")
            .Text(purchase.Id)
            .Text(purchase.CustomerId)
            .Text(StoredValues.Lines(purchase.Lines))
            .Text(StoredValues.Decimal(purchase.Total.Amount))
            .Text(purchase.Total.Currency)
            .Text(StoredValues.Date(purchase.ExpectedDelivery))
            .BigInt(StoredValues.Instant(purchase.CreatedAt))
            .Text(purchase.Status.ToString())
            .NullableText(purchase.OrderId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<PendingPurchase?> GetPendingPurchaseAsync(string purchaseId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PendingColumns} FROM pending_purchases WHERE id = $1;").Text(purchaseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return ReadPendingPurchase(reader);
    }

    public async Task<bool> TryClaimPendingPurchaseAsync(string purchaseId, Instant now, Instant staleBefore, CancellationToken cancellationToken)
    {
        // Two claims racing on one row: the second waits for the first's row lock, then PostgreSQL re-checks
        // the WHERE clause against the committed row (now Placing), so it updates nothing.
        await using var command = Command("""
            UPDATE pending_purchases SET status = 'Placing', claimed_at = $2
            WHERE id = $1 AND (status = 'Pending' OR (status = 'Placing' AND claimed_at < $3));
            """)
            .Text(purchaseId)
            .BigInt(StoredValues.Instant(now))
            .BigInt(StoredValues.Instant(staleBefore));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<PurchaseClaim> TryClaimWithinDailyLimitAsync(string purchaseId, Instant now, Instant staleBefore, DailySpendingLimit limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // One claim per shopper at a time: the shopper's row is locked until this transaction ends. NO KEY
        // UPDATE, not UPDATE, so quotes and orders (whose foreign keys take KEY SHARE) are not held up.
        string customerId;
        await using (var lockShopper = Command(connection, """
            SELECT c.id FROM pending_purchases p JOIN customers c ON c.id = p.customer_id
            WHERE p.id = $1 FOR NO KEY UPDATE OF c;
            """, transaction).Text(purchaseId))
        {
            if (await lockShopper.ExecuteScalarAsync(cancellationToken) is not string id)
            {
                await transaction.RollbackAsync(cancellationToken);
                return PurchaseClaim.NotClaimable;
            }

            customerId = id;
        }

        Money? claimedTotal = null;
        await using (var claim = Command(connection, """
            UPDATE pending_purchases SET status = 'Placing', claimed_at = $2
            WHERE id = $1 AND (status = 'Pending' OR (status = 'Placing' AND claimed_at < $3))
            RETURNING total, currency;
            """, transaction)
            .Text(purchaseId)
            .BigInt(StoredValues.Instant(now))
            .BigInt(StoredValues.Instant(staleBefore)))
        await using (var claimed = await claim.ExecuteReaderAsync(cancellationToken))
        {
            if (await claimed.ReadAsync(cancellationToken))
            {
                claimedTotal = new Money(StoredValues.Decimal(claimed.GetString(0)), claimed.GetString(1));
            }
        }

        if (claimedTotal is not { } total)
        {
            await transaction.RollbackAsync(cancellationToken);
            return PurchaseClaim.NotClaimable;
        }

        // One statement, so one snapshot, taken after the lock: every earlier claim for this shopper has
        // committed, and an order committing meanwhile is seen either as its order or as its purchase, never neither.
        var spent = new List<Money>();
        await using (var read = Command(connection, """
            SELECT total, currency FROM orders
            WHERE customer_id = $1 AND status <> 'Cancelled' AND placed_at >= $2 AND placed_at < $3
            UNION ALL
            SELECT total, currency FROM pending_purchases
            WHERE customer_id = $1 AND status = 'Placing' AND claimed_at >= $2 AND claimed_at < $3 AND id <> $4;
            """, transaction)
            .Text(customerId)
            .BigInt(StoredValues.Instant(limit.DayStart))
            .BigInt(StoredValues.Instant(limit.DayEnd))
            .Text(purchaseId))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                spent.Add(new Money(StoredValues.Decimal(reader.GetString(0)), reader.GetString(1)));
            }
        }

        var outcome = PurchaseClaim.Claimed;
        if (!limit.Allows(spent, total))
        {
            await using var abandon = Command(connection, "UPDATE pending_purchases SET status = 'Abandoned', claimed_at = NULL WHERE id = $1;", transaction).Text(purchaseId);
            await abandon.ExecuteNonQueryAsync(cancellationToken);
            outcome = PurchaseClaim.OverDailyLimit;
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    public async Task ReleasePendingPurchaseAsync(string purchaseId, PendingPurchaseStatus status, CancellationToken cancellationToken)
    {
        await using var command = Command("UPDATE pending_purchases SET status = $2, claimed_at = NULL WHERE id = $1 AND status <> 'Placed';")
            .Text(purchaseId)
            .Text(status.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<OrderCommit> CommitOrderAsync(Order order, string purchaseId, Notification? confirmation, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var insert = WithOrder(Command(connection, InsertOrderUnlessNumberTakenSql, transaction), order))
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return OrderCommit.NumberTaken;
            }
        }

        await using (var mark = Command(connection, "UPDATE pending_purchases SET status = 'Placed', order_id = $2 WHERE id = $1 AND status = 'Placing';", transaction)
            .Text(purchaseId)
            .Text(order.Id))
        {
            if (await mark.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                // Someone else placed or released it: this order must not exist.
                await transaction.RollbackAsync(cancellationToken);
                return OrderCommit.NotPlaced;
            }
        }

        if (confirmation is not null)
        {
            await InsertNotificationAsync(connection, transaction, confirmation, cancellationToken);
        }

        await TakeOrderedFromCartAsync(connection, transaction, purchaseId, order.Lines, cancellationToken);

        // Stock is taken last: a popular product's row is the one every order waits for, so its lock is held
        // only from here to the commit. Rows are locked in SKU order, so two orders never deadlock.
        foreach (var line in order.Lines.OrderBy(l => l.Sku, StringComparer.Ordinal))
        {
            await using var take = Command(connection, "UPDATE products SET stock = stock - $2 WHERE sku = $1 AND stock >= $2;", transaction)
                .Text(line.Sku)
                .Integer(line.Quantity);
            if (await take.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return OrderCommit.NotPlaced;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return OrderCommit.Committed;
    }

    public async Task<bool> TryCancelOrderAsync(string orderId, Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // FOR UPDATE: a concurrent cancel (or status change) waits here, then sees the committed status.
        Order? order;
        await using (var read = Command(connection, $"SELECT {OrderColumns} FROM orders WHERE id = $1 FOR UPDATE;", transaction).Text(orderId))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            order = await reader.ReadAsync(cancellationToken) ? ReadOrder(reader) : null;
        }

        if (order is null || order.Status is not (OrderStatus.Placed or OrderStatus.Packed))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await using (var cancel = Command(connection, "UPDATE orders SET status = 'Cancelled', history = $2 WHERE id = $1;", transaction)
            .Text(orderId)
            .Text(StoredValues.History([.. order.History, new OrderStatusChange(OrderStatus.Cancelled, at)])))
        {
            await cancel.ExecuteNonQueryAsync(cancellationToken);
        }

        // Stock rows in SKU order, as CommitOrderAsync takes them, so a cancel and an order never deadlock.
        foreach (var line in order.Lines.OrderBy(l => l.Sku, StringComparer.Ordinal))
        {
            await using var restock = Command(connection, "UPDATE products SET stock = stock + $2 WHERE sku = $1;", transaction)
                .Text(line.Sku)
                .Integer(line.Quantity);
            await restock.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static NpgsqlCommand WithOrder(NpgsqlCommand command, Order order) => command
        .Text(order.Id)
        .Text(order.CustomerId)
        .Text(StoredValues.Lines(order.Lines))
        .Text(StoredValues.Decimal(order.Total.Amount))
        .Text(order.Total.Currency)
        .Text(order.Status.ToString())
        .Text(StoredValues.History(order.History))
        .NullableText(order.Carrier)
        .Text(StoredValues.Date(order.ExpectedDelivery))
        .BigInt(StoredValues.Instant(order.PlacedAt))
        .NullableText(order.PaymentAuthorizationId);
}
