using NodaTime;
using VoiceShop.Commerce.Carts;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// One cart per shopper, shared by every platform and every instance. Changes are atomic per cart, so adds
/// arriving together from two devices both land. A cart not changed since <c>expiredBefore</c> reads as empty
/// and is emptied by the next change. Kept apart from <see cref="ICommerceStore"/> so that a store can offer it
/// or not.
/// </summary>
public interface ICartStore
{
    /// <summary>The shopper's cart; empty when they have none or it expired.</summary>
    Task<Cart> GetCartAsync(string customerId, Instant expiredBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="additions"/> to the quantities already in the cart, all or nothing. Null, changing
    /// nothing, when a line would then hold more than <paramref name="maxQuantityPerLine"/>.
    /// </summary>
    Task<Cart?> AddToCartAsync(string customerId, IReadOnlyList<CartLine> additions, int maxQuantityPerLine, Instant now, Instant expiredBefore, CancellationToken cancellationToken);

    /// <summary>Sets how many of <paramref name="sku"/> the cart holds (adding the line if needed); 0 removes it.</summary>
    Task<Cart> SetCartQuantityAsync(string customerId, string sku, int quantity, Instant now, Instant expiredBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers that pending purchase <paramref name="purchaseId"/> checks out <paramref name="customerId"/>'s
    /// cart. When (and only when) <see cref="IOrderStore.CommitOrderAsync"/> places that purchase, the same
    /// transaction takes the ordered quantities out of the cart: a cart is never emptied by an order that failed,
    /// and never left full by one that succeeded. Lines added after the read-back stay.
    /// </summary>
    Task SaveCartCheckoutAsync(string purchaseId, string customerId, CancellationToken cancellationToken);
}
