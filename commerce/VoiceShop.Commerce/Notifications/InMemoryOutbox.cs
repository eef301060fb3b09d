using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Notifications;

/// <summary>
/// For stores without an outbox table: keeps messages in this process's memory only, so the conversation
/// still works; a deployment on such a store should register a real <see cref="INotificationSender"/>.
/// </summary>
public sealed class InMemoryOutbox : INotificationOutbox
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Notification> _sent = new(StringComparer.Ordinal);

    public Task<bool> AddNotificationAsync(Notification notification, CancellationToken cancellationToken) =>
        Task.FromResult(_sent.TryAdd(notification.Id, notification));

    public Task<IReadOnlyList<Notification>> GetNotificationsAsync(string customerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notification>>(_sent.Values.Where(n => n.CustomerId == customerId).OrderByDescending(n => n.CreatedAt).ToList());
}
