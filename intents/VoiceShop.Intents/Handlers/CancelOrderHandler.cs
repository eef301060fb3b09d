using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Cancel my oat milk order": finds the newest order on the way, asks before cancelling one that has not
/// shipped, and says plainly when it is too late.
/// </summary>
public sealed class CancelOrderHandler(OrderCancellation cancellation, ICatalogStore catalog) : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.CancelOrder];

    public bool NeedsAccount => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string? sku = null;
        if (SlotReading.Product(context.Turn) is { } product)
        {
            var match = product.Sku is not null ? null : ProductResolver.Resolve(await catalog.GetProductsAsync(cancellationToken), sku: null, product.SpokenName);
            sku = match is ProductMatch.Found found ? found.Product.Sku : product.Sku;
            if (sku is null)
            {
                return Reply.Statement(context.Say("cancelOrder.none"));
            }
        }

        var order = await cancellation.FindCandidateAsync(context.Shopper, sku, cancellationToken);
        if (order is null)
        {
            return Reply.Statement(context.Say("cancelOrder.none"));
        }

        if (order.Status is not (OrderStatus.Placed or OrderStatus.Packed))
        {
            return Shipped(context, order);
        }

        return Reply.Question(
            context.Say("cancelOrder.ask", Values(order)),
            context.Say("cancelOrder.ask.reprompt"),
            new DialogState(Awaiting.OrderCancellation, OrderId: order.Id));
    }

    /// <summary>"Your oat milk has already shipped, so I can't cancel it."</summary>
    internal static Reply Shipped(TurnContext context, Order order) =>
        Reply.Statement(context.Say("cancelOrder.shipped", Values(order)));

    private static Dictionary<string, SpeechNode> Values(Order order) => new()
    {
        ["items"] = ShoppingPhrases.Names(order.Lines),
        ["has"] = order.Lines.Count > 1 || ShoppingPhrases.IsPluralName(order.Lines[0].ProductName) ? "have" : "has",
    };
}
