using Microsoft.Data.Sqlite;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// Versioned schema scripts. Each runs once, in order, inside a transaction with the version bump, so a
/// crash mid-migration leaves the previous version intact. Never edit a released script; add a new one.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Scripts =
    [
        """
        CREATE TABLE products (
            sku TEXT PRIMARY KEY, name TEXT NOT NULL, synonyms TEXT NOT NULL, price TEXT NOT NULL,
            currency TEXT NOT NULL, category TEXT NOT NULL, attributes TEXT NOT NULL, stock INTEGER NOT NULL,
            unit TEXT NOT NULL, delivery_days INTEGER NOT NULL);
        CREATE TABLE customers (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, time_zone TEXT NOT NULL, address_line1 TEXT NOT NULL,
            city TEXT NOT NULL, region TEXT NOT NULL, postal_code TEXT NOT NULL, country TEXT NOT NULL,
            payment_token TEXT NOT NULL, spending_limit TEXT NOT NULL, currency TEXT NOT NULL);
        CREATE TABLE identities (
            provider TEXT NOT NULL, subject_hash TEXT NOT NULL, customer_id TEXT NOT NULL REFERENCES customers(id),
            PRIMARY KEY (provider, subject_hash));
        CREATE TABLE orders (
            id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), lines TEXT NOT NULL,
            total TEXT NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL, history TEXT NOT NULL,
            carrier TEXT NULL, expected_delivery TEXT NOT NULL, placed_at INTEGER NOT NULL, payment_id TEXT NULL);
        CREATE INDEX orders_by_customer ON orders (customer_id, placed_at DESC);
        CREATE TABLE pending_purchases (
            id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), lines TEXT NOT NULL,
            total TEXT NOT NULL, currency TEXT NOT NULL, expected_delivery TEXT NOT NULL, created_at INTEGER NOT NULL,
            status TEXT NOT NULL, claimed_at INTEGER NULL, order_id TEXT NULL REFERENCES orders(id));
        CREATE TABLE payments (
            id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, token TEXT NOT NULL, amount TEXT NOT NULL,
            currency TEXT NOT NULL, status TEXT NOT NULL, decline_reason TEXT NULL);
        CREATE TABLE dialog_states (session_id TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at INTEGER NOT NULL);
        """,
        """
        CREATE TABLE request_replays (
            request_key TEXT PRIMARY KEY, state TEXT NOT NULL, response BLOB NULL, started_at INTEGER NOT NULL,
            completed_at INTEGER NULL);
        CREATE INDEX request_replays_by_start ON request_replays (started_at);
        CREATE TABLE voice_codes (
            customer_id TEXT PRIMARY KEY REFERENCES customers(id), code_hash TEXT NULL, always_required INTEGER NOT NULL,
            failed_attempts INTEGER NOT NULL, locked_until INTEGER NULL);
        CREATE TABLE notifications (
            id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), kind TEXT NOT NULL,
            subject TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL);
        CREATE INDEX notifications_by_customer ON notifications (customer_id, created_at DESC);
        """,
        """
        CREATE INDEX pending_purchases_placing ON pending_purchases (customer_id, claimed_at) WHERE status = 'Placing';
        """,
        """
        CREATE TABLE carts (customer_id TEXT PRIMARY KEY REFERENCES customers(id), updated_at INTEGER NOT NULL);
        CREATE TABLE cart_lines (
            customer_id TEXT NOT NULL REFERENCES carts(customer_id), sku TEXT NOT NULL, quantity INTEGER NOT NULL,
            PRIMARY KEY (customer_id, sku));
        CREATE TABLE cart_checkouts (purchase_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES carts(customer_id));
        """,
    ];

    /// <summary>The schema version this code expects.</summary>
    public static int LatestVersion => Scripts.Length;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE takes the write lock first, so two instances starting together migrate once.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        for (var version = current + 1; version <= Scripts.Length; version++)
        {
            await using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = Scripts[version - 1] + $"\nINSERT INTO schema_version (version) VALUES ({version});";
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
