namespace VoiceShop.Commerce.Orders;

/// <summary>One product in an order or pending purchase, priced when it was quoted.</summary>
public sealed record OrderLine(string Sku, string ProductName, string Unit, int Quantity, Money UnitPrice)
{
    /// <summary>The line's price: unit price times quantity.</summary>
    public Money Total => UnitPrice * Quantity;
}
