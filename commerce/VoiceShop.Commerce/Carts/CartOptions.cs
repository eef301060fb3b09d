namespace VoiceShop.Commerce.Carts;

/// <summary>Cart settings, bound from the <c>Carts</c> configuration section.</summary>
public sealed class CartOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Carts";

    /// <summary>
    /// How long a cart is kept after its last change. A cart forgotten for weeks should not come back at checkout
    /// with things the shopper no longer remembers adding.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
