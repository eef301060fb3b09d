using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Notifications;

/// <summary>The embedded default: notifications go to the store's outbox, where the console shows them.</summary>
public sealed class OutboxNotificationSender(INotificationOutbox outbox) : INotificationSender
{
    public Task SendAsync(Notification notification, CancellationToken cancellationToken) =>
        outbox.AddNotificationAsync(notification, cancellationToken);
}
