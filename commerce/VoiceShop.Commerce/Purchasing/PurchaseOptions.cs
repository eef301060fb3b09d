namespace VoiceShop.Commerce.Purchasing;

/// <summary>Limits on what can be bought by voice, bound from the <c>Purchasing</c> configuration section.</summary>
public sealed class PurchaseOptions
{
    /// <summary>The most of one product in a single order line; "a thousand batteries" is a mishearing, not an order.</summary>
    public int MaxQuantityPerLine { get; set; } = 20;

    /// <summary>How long a confirmation may hold a purchase before another attempt may take it over (its placer crashed).</summary>
    public TimeSpan PlacementLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Orders at or above this amount need the shopper's voice code, when they have set one (Amazon's $100 rule).</summary>
    public decimal VoiceCodeThreshold { get; set; } = 100m;

    /// <summary>Wrong voice codes in a row before voice purchasing is paused.</summary>
    public int VoiceCodeAttempts { get; set; } = 3;

    /// <summary>How long voice purchasing stays paused after too many wrong codes.</summary>
    public TimeSpan VoiceCodeLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The most a shopper may spend by voice in one day of their own time zone, on top of the per-order limit.</summary>
    public decimal DailySpendingLimit { get; set; } = 500m;

    /// <summary>Purchase confirmations one shopper may make per minute; more is a script or a stuck device, not a person.</summary>
    public int PlacementsPerMinute { get; set; } = 6;

    /// <summary>Purchase confirmations per minute from one client address (channels that see the shopper's own address).</summary>
    public int PlacementsPerMinutePerAddress { get; set; } = 30;

    /// <summary>
    /// Also count Alexa's and Google's servers per address. Off by default: their requests come from a few platform
    /// addresses shared by every shopper, so the per-address limit would cap the whole platform, not one client.
    /// </summary>
    public bool LimitPlatformServerAddresses { get; set; }
}
