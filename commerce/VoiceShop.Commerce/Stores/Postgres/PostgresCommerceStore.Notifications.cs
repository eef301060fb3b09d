using Npgsql;
using VoiceShop.Commerce.Notifications;

namespace VoiceShop.Commerce.Stores.Postgres;

/// <summary>The notification outbox: one row per message id.</summary>
public sealed partial class PostgresCommerceStore
{
    /// <summary>Adds <paramref name="notification"/> in <paramref name="transaction"/>, unless its id is already kept.</summary>
    private static async Task InsertNotificationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Notification notification, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            INSERT INTO notifications (id, customer_id, kind, subject, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO NOTHING;
            """, transaction)
            .Text(notification.Id)
            .Text(notification.CustomerId)
            .Text(notification.Kind)
            .Text(notification.Subject)
            .Text(notification.Body)
            .BigInt(StoredValues.Instant(notification.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Notification>> GetNotificationsAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            SELECT id, customer_id, kind, subject, body, created_at FROM notifications
            WHERE customer_id = $1 ORDER BY created_at DESC, seq DESC;
            """)
            .Text(customerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var notifications = new List<Notification>();
        while (await reader.ReadAsync(cancellationToken))
        {
            notifications.Add(new Notification(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), StoredValues.Instant(reader.GetInt64(5))));
        }

        return notifications;
    }
}
