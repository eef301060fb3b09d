using VoiceShop.Commerce.Catalog;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>What asking for a purchase (buy or reorder) led to, before anything is charged.</summary>
public abstract record PurchaseQuote
{
    private PurchaseQuote()
    {
    }

    /// <summary>A purchase ready to read back; <see cref="LeftOut"/> lists reordered products now out of stock.</summary>
    public sealed record Ready(PendingPurchase Purchase, IReadOnlyList<string> LeftOut) : PurchaseQuote;

    /// <summary>The shopper named a product they have never ordered; offer to buy one.</summary>
    public sealed record NeverOrdered(PendingPurchase Offer) : PurchaseQuote;

    /// <summary>There is nothing to reorder.</summary>
    public sealed record NoPreviousOrder : PurchaseQuote;

    /// <summary>The product can't be shipped now.</summary>
    public sealed record OutOfStock(string ProductName) : PurchaseQuote;

    /// <summary>The total is above what the shopper allows by voice.</summary>
    public sealed record OverLimit(Money Limit, Money Total) : PurchaseQuote;

    /// <summary>The product name did not identify one product.</summary>
    public sealed record ProductNotResolved(ProductMatch Match) : PurchaseQuote;

    /// <summary>The quantity is not one we sell in a single order line.</summary>
    public sealed record QuantityNotAllowed(int Quantity, int Maximum) : PurchaseQuote;
}
