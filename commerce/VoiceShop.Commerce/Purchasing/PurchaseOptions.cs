namespace VoiceShop.Commerce.Purchasing;

/// <summary>Limits on what can be bought by voice, bound from the <c>Purchasing</c> configuration section.</summary>
public sealed class PurchaseOptions
{
    /// <summary>The most of one product in a single order line; "a thousand batteries" is a mishearing, not an order.</summary>
    public int MaxQuantityPerLine { get; set; } = 20;

    /// <summary>How long a confirmation may hold a purchase before another attempt may take it over (its placer crashed).</summary>
    public TimeSpan PlacementLease { get; set; } = TimeSpan.FromMinutes(2);
}
