using System.Threading.RateLimiting;
using VoiceShop.Commerce.Purchasing;

namespace VoiceShop.Intents.Conversation;

/// <summary>
/// Caps purchase confirmations (yes and voice codes) per shopper per minute, so a stuck device or a script
/// replaying "yes" cannot hammer the payment processor or guess codes quickly. The count lives in this
/// instance's memory: with several function instances each allows the limit, which still bounds the rate.
/// </summary>
public sealed class PurchaseRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public PurchaseRateLimiter(PurchaseOptions options)
    {
        var permits = Math.Max(1, options.PlacementsPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>Whether <paramref name="customerId"/> may confirm a purchase now; counts the attempt when so.</summary>
    public bool TryAcquire(string customerId)
    {
        using var lease = _limiter.AttemptAcquire("customer:" + customerId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
