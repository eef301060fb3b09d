using NodaTime;

namespace VoiceShop.Commerce.Notifications;

/// <summary>
/// One message to a shopper, already worded. <see cref="Id"/> names what it is about (such as
/// <c>order-confirmation:&lt;order id&gt;</c>), so that sending it again after a retry sends it once.
/// </summary>
public sealed record Notification(string Id, string CustomerId, string Kind, string Subject, string Body, Instant CreatedAt);

/// <summary>The kinds of notification VoiceShop sends.</summary>
public static class NotificationKinds
{
    /// <summary>Amazon requires order details by email (or message) after every voice purchase of physical goods.</summary>
    public const string OrderConfirmation = "order-confirmation";
}
