using VoiceShop.Commerce.Notifications;

namespace VoiceShop.Commerce.Stores;

/// <summary>Messages sent to shoppers, kept so that the console can show them and a mailer could deliver them.</summary>
public interface INotificationOutbox
{
    /// <summary>Adds <paramref name="notification"/> unless one with its id exists; true when it was added.</summary>
    Task<bool> AddNotificationAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>The shopper's notifications, newest first.</summary>
    Task<IReadOnlyList<Notification>> GetNotificationsAsync(string customerId, CancellationToken cancellationToken);
}
