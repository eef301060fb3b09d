using VoiceShop.Commerce.Notifications;

namespace VoiceShop.Commerce.Stores.Postgres;

/// <summary>The notification outbox: one row per message id, so a retried send records one message.</summary>
public sealed partial class PostgresCommerceStore : INotificationOutbox
{
    public async Task<bool> AddNotificationAsync(Notification notification, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO notifications (id, customer_id, kind, subject, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO NOTHING;
            """)
            .Text(notification.Id)
            .Text(notification.CustomerId)
            .Text(notification.Kind)
            .Text(notification.Subject)
            .Text(notification.Body)
            .BigInt(StoredValues.Instant(notification.CreatedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
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
