namespace VoiceShop.Commerce.Notifications;

/// <summary>
/// Delivers a message to a shopper (email, SMS, push). The embedded default records it in the store's
/// outbox; a deployment swaps in a real mailer behind the same contract.
/// </summary>
public interface INotificationSender
{
    /// <summary>Sends <paramref name="notification"/> once per <see cref="Notification.Id"/>, however often it is called.</summary>
    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}
