namespace VoiceShop.Commerce.Carts;

/// <summary>
/// A shopper's cart as the store keeps it: products and how many, in the order they were first added. It is
/// keyed by the customer, not the platform or session, so a cart filled on Alexa is the cart heard on Google or
/// text. Prices are not kept: the cart is priced from the catalog when it is read back, so it never quotes a
/// stale price.
/// </summary>
/// <param name="CustomerId">The shopper.</param>
/// <param name="Lines">One line per product, oldest first; empty when the cart is empty or expired.</param>
public sealed record Cart(string CustomerId, IReadOnlyList<CartLine> Lines)
{
    /// <summary>Whether there is nothing in the cart.</summary>
    public bool IsEmpty => Lines.Count == 0;

    /// <summary>How many of <paramref name="sku"/> are in the cart (0 when it is not).</summary>
    public int QuantityOf(string sku) => Lines.FirstOrDefault(l => l.Sku == sku)?.Quantity ?? 0;
}

/// <summary>One product in a cart and how many of it.</summary>
public sealed record CartLine(string Sku, int Quantity);
