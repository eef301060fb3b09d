using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Carts;

/// <summary>
/// The shopper's cart on every platform: changes within the purchase rules (no line above
/// <see cref="PurchaseOptions.MaxQuantityPerLine"/>), prices from today's catalog, and checkout as one pending
/// purchase of every line, placed through the same exactly-once path as any purchase. The cart is emptied by
/// the order's own transaction, so only a placed order empties it.
/// </summary>
public sealed class CartService(ICommerceStore store, PurchaseService purchases, PurchaseOptions purchaseOptions, CartOptions options, IClock clock)
{
    /// <summary>The shopper's cart (empty when it expired).</summary>
    public Task<Cart> GetAsync(string customerId, CancellationToken cancellationToken) =>
        store.GetCartAsync(customerId, ExpiredBefore(clock.GetCurrentInstant()), cancellationToken);

    /// <summary>Adds <paramref name="additions"/>; null, changing nothing, when a line would pass the most per line.</summary>
    public Task<Cart?> AddAsync(string customerId, IReadOnlyList<CartLine> additions, CancellationToken cancellationToken)
    {
        if (additions.Any(a => a.Quantity < 1 || a.Quantity > purchaseOptions.MaxQuantityPerLine))
        {
            return Task.FromResult<Cart?>(null);
        }

        var now = clock.GetCurrentInstant();
        return store.AddToCartAsync(customerId, additions, purchaseOptions.MaxQuantityPerLine, now, ExpiredBefore(now), cancellationToken);
    }

    /// <summary>Sets how many of <paramref name="sku"/> the cart holds; 0 removes it. Null, changing nothing, above the most per line.</summary>
    public async Task<Cart?> SetQuantityAsync(string customerId, string sku, int quantity, CancellationToken cancellationToken)
    {
        if (quantity < 0 || quantity > purchaseOptions.MaxQuantityPerLine)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        return await store.SetCartQuantityAsync(customerId, sku, quantity, now, ExpiredBefore(now), cancellationToken);
    }

    /// <summary>
    /// <paramref name="cart"/> at today's prices. A product the catalog no longer sells is left out: it can be
    /// neither priced nor ordered.
    /// </summary>
    public async Task<PricedCart> PriceAsync(Cart cart, CancellationToken cancellationToken)
    {
        var products = (await store.GetProductsAsync(cancellationToken)).ToDictionary(p => p.Sku, StringComparer.Ordinal);
        var lines = new List<OrderLine>(cart.Lines.Count);
        foreach (var line in cart.Lines)
        {
            if (products.TryGetValue(line.Sku, out var product))
            {
                lines.Add(new OrderLine(product.Sku, product.Name, product.Unit, line.Quantity, product.Price));
            }
        }

        var currency = lines.Count > 0 ? lines[0].UnitPrice.Currency : Money.DefaultCurrency;
        return new PricedCart(lines, Money.Sum(lines.Select(l => l.Total), currency));
    }

    /// <summary>
    /// Quotes the whole cart as one purchase, for one read-back and one yes. Out of stock or over the shopper's
    /// limit, nothing is quoted and the cart stays as it is.
    /// </summary>
    public async Task<PurchaseQuote> QuoteCheckoutAsync(Customer customer, CancellationToken cancellationToken)
    {
        var cart = await GetAsync(customer.Id, cancellationToken);
        var products = (await store.GetProductsAsync(cancellationToken)).ToDictionary(p => p.Sku, StringComparer.Ordinal);
        var items = cart.Lines.Where(l => products.ContainsKey(l.Sku)).Select(l => (products[l.Sku], l.Quantity)).ToList();
        var quote = await purchases.QuoteItemsAsync(customer, items, cancellationToken);
        if (quote is PurchaseQuote.Ready ready)
        {
            await store.SaveCartCheckoutAsync(ready.Purchase.Id, customer.Id, cancellationToken);
        }

        return quote;
    }

    private Instant ExpiredBefore(Instant now) => now - Duration.FromTimeSpan(options.Lifetime);
}
