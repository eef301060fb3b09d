using VoiceShop.Commerce.Notifications;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>The notification outbox: one row per message id.</summary>
public sealed partial class SqliteCommerceStore
{
    /// <summary>Adds <paramref name="notification"/> inside the running write, unless its id is already kept.</summary>
    private static void InsertNotification(SqliteWrite write, Notification notification)
    {
        using var command = write.Command("""
            INSERT INTO notifications (id, customer_id, kind, subject, body, created_at)
            VALUES ($id, $customer, $kind, $subject, $body, $created)
            ON CONFLICT (id) DO NOTHING;
            """);
        command.Parameters.AddWithValue("$id", notification.Id);
        command.Parameters.AddWithValue("$customer", notification.CustomerId);
        command.Parameters.AddWithValue("$kind", notification.Kind);
        command.Parameters.AddWithValue("$subject", notification.Subject);
        command.Parameters.AddWithValue("$body", notification.Body);
        command.Parameters.AddWithValue("$created", StoredValues.Instant(notification.CreatedAt));
        command.ExecuteNonQuery();
    }

    public async Task<IReadOnlyList<Notification>> GetNotificationsAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT id, customer_id, kind, subject, body, created_at FROM notifications
            WHERE customer_id = $customer ORDER BY created_at DESC, rowid DESC;
            """);
        command.Parameters.AddWithValue("$customer", customerId);
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
