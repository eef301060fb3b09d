using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Carts;

/// <summary>A cart priced from today's catalog: what the shopper hears when the cart is read back.</summary>
/// <param name="Lines">The cart's lines with names, units and today's prices, oldest first.</param>
/// <param name="Total">What the cart costs today.</param>
public sealed record PricedCart(IReadOnlyList<OrderLine> Lines, Money Total)
{
    /// <summary>Whether there is nothing in the cart.</summary>
    public bool IsEmpty => Lines.Count == 0;
}
