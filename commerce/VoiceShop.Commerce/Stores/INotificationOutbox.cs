using VoiceShop.Commerce.Notifications;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// Messages to shoppers, kept so that the console can show them and a mailer can deliver them. A message
/// is written in the same transaction as what it tells of (see <see cref="IOrderStore.CommitOrderAsync"/>),
/// so none is lost to a crash and none tells of something that never happened.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>The shopper's notifications, newest first.</summary>
    Task<IReadOnlyList<Notification>> GetNotificationsAsync(string customerId, CancellationToken cancellationToken);
}
