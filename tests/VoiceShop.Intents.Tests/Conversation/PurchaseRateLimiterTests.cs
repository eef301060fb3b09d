using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Purchasing;

namespace VoiceShop.Intents.Tests.Conversation;

/// <summary>Both limits hold: per shopper, and per client address across shoppers.</summary>
public sealed class PurchaseRateLimiterTests
{
    [Fact]
    public void A_shopper_gets_the_per_minute_allowance_and_no_more()
    {
        using var limiter = new PurchaseRateLimiter(new PurchaseOptions { PlacementsPerMinute = 3 });

        var allowed = Enumerable.Range(0, 5).Select(_ => limiter.TryAcquire("cust-a", clientAddress: null)).ToList();

        Assert.Equal([true, true, true, false, false], allowed);
        Assert.True(limiter.TryAcquire("cust-b", clientAddress: null));
    }

    [Fact]
    public void One_address_cannot_confirm_for_many_shoppers_beyond_its_own_allowance()
    {
        using var limiter = new PurchaseRateLimiter(new PurchaseOptions { PlacementsPerMinute = 10, PlacementsPerMinutePerAddress = 4 });

        var allowed = Enumerable.Range(0, 6).Select(i => limiter.TryAcquire($"cust-{i}", "203.0.113.7")).ToList();

        Assert.Equal([true, true, true, true, false, false], allowed);
        Assert.True(limiter.TryAcquire("cust-9", "198.51.100.1"));
    }
}
