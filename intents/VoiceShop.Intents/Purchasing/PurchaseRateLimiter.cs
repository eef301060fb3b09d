using System.Threading.RateLimiting;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Purchasing;

/// <summary>
/// Caps purchase confirmations (yes and voice codes) per shopper and per client address per minute, so a
/// stuck device or a script replaying "yes" cannot hammer the payment processor or guess codes quickly.
/// The counts live in this instance's memory: with several function instances each allows the limit,
/// which still bounds the rate.
/// </summary>
public sealed class PurchaseRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byCustomer;
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly bool _limitPlatformServers;

    public PurchaseRateLimiter(PurchaseOptions options)
    {
        _byCustomer = PerMinute(options.PlacementsPerMinute);
        _byAddress = PerMinute(options.PlacementsPerMinutePerAddress);
        _limitPlatformServers = options.LimitPlatformServerAddresses;
    }

    /// <summary>
    /// Whether the shopper of <paramref name="turn"/> may confirm a purchase now. The turn's address counts
    /// unless it is a voice platform's server (see <see cref="Turn.ClientIsPlatformServer"/>).
    /// </summary>
    public bool TryAcquire(string customerId, Turn turn) =>
        TryAcquire(customerId, turn.ClientIsPlatformServer && !_limitPlatformServers ? null : turn.ClientAddress);

    /// <summary>
    /// Whether <paramref name="customerId"/>, from <paramref name="clientAddress"/> when known, may confirm a
    /// purchase now. Both limits must allow it; the attempt counts against both.
    /// </summary>
    public bool TryAcquire(string customerId, string? clientAddress)
    {
        using var customer = _byCustomer.AttemptAcquire(customerId);
        if (!customer.IsAcquired)
        {
            return false;
        }

        if (string.IsNullOrEmpty(clientAddress))
        {
            return true;
        }

        using var address = _byAddress.AttemptAcquire(clientAddress);
        return address.IsAcquired;
    }

    public void Dispose()
    {
        _byCustomer.Dispose();
        _byAddress.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}
