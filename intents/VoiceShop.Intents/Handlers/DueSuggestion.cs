using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// The one product worth suggesting from the shopper's own history: the most overdue of the products they buy
/// again and again, if it is in stock (suggesting what cannot be bought helps nobody).
/// </summary>
internal static class DueSuggestion
{
    /// <summary>The suggestion for <paramref name="context"/>'s shopper, or null when nothing is due.</summary>
    public static async Task<(Replenishment Due, Product Product)?> FindAsync(TurnContext context, ICatalogStore catalog, CancellationToken cancellationToken)
    {
        var due = Replenishment.Due(context.OrderHistory, DeliveryEstimate.ZoneFor(context.Shopper), context.Today);
        if (due.Count == 0)
        {
            return null;
        }

        var products = await catalog.GetProductsAsync(cancellationToken);
        foreach (var replenishment in due)
        {
            if (products.FirstOrDefault(p => p.Sku == replenishment.Sku) is { } product && product.HasStockFor(1))
            {
                return (replenishment, product);
            }
        }

        return null;
    }
}
