using NodaTime;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Phrases;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Where's my package?": leads with when it arrives, in the shopper's own days ("tomorrow", "on Friday").
/// With a product named, the newest order holding it; otherwise every order still on the way.
/// </summary>
public sealed class OrderStatusHandler(ICatalogStore catalog) : IIntentHandler
{
    /// <summary>How far back a delivered order is still worth mentioning when nothing is on the way.</summary>
    private static readonly Period RecentDelivery = Period.FromDays(7);

    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.OrderStatus];

    public bool NeedsAccount => true;

    public bool NeedsOrderHistory => true;

    public async Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var all = context.OrderHistory;
        var product = SlotReading.Product(context.Turn);
        if (product is not null)
        {
            // The words said decide here (an order may hold a product the platform resolved differently); a SKU
            // the catalog no longer sells still finds the order that holds it.
            var match = Commerce.Catalog.ProductResolver.Resolve(await catalog.GetProductsAsync(cancellationToken), sku: null, product.SpokenName ?? product.Sku);
            var sku = match is Commerce.Catalog.ProductMatch.Found found ? found.Product.Sku : product.Sku;
            var newest = all.FirstOrDefault(o => sku is not null && o.Contains(sku));
            return newest is null
                ? Reply.Statement(context.Say("status.noneForProduct", new Dictionary<string, SpeechNode> { ["product"] = product.SpokenName ?? "that" }))
                : Reply.Statement(Describe(context, newest));
        }

        var onTheWay = all.Where(o => o.Status.IsOnTheWay()).ToList();
        if (onTheWay.Count == 1)
        {
            return Reply.Statement(Describe(context, onTheWay[0]));
        }

        if (onTheWay.Count > 1)
        {
            return Reply.Statement(Several(context, onTheWay));
        }

        var recent = all.FirstOrDefault(o => o.Status == OrderStatus.Delivered && o.ExpectedDelivery >= context.Today - RecentDelivery);
        return recent is not null
            ? Reply.Statement(Describe(context, recent))
            : Reply.Question(context.Say("status.none"), context.Say("status.none.reprompt"), new DialogState(Awaiting.ReorderOffer));
    }

    private static SpeechNode Describe(TurnContext context, Order order)
    {
        var plural = ShoppingPhrases.IsPluralName(order.Lines[0].ProductName) || order.Lines.Count > 1;
        var values = new Dictionary<string, SpeechNode>
        {
            ["items"] = ShoppingPhrases.Names(order.Lines),
            ["arrive"] = plural ? "arrive" : "arrives",
            ["is"] = plural ? "are" : "is",
            ["was"] = plural ? "were" : "was",
            ["day"] = context.Day(order.ExpectedDelivery, withPreposition: order.Status == OrderStatus.Delivered),
        };
        switch (order.Status)
        {
            case OrderStatus.Shipped when order.EnteredAt(OrderStatus.Shipped) is { } shippedAt:
                values["shippedDay"] = context.Day(DeliveryEstimate.Today(context.Shopper, shippedAt), withPreposition: true);
                return context.Say("status.shipped", values);
            case OrderStatus.OutForDelivery:
                return context.Say("status.outForDelivery", values);
            case OrderStatus.Delivered:
                if (order.EnteredAt(OrderStatus.Delivered) is { } deliveredAt)
                {
                    values["day"] = context.Day(DeliveryEstimate.Today(context.Shopper, deliveredAt), withPreposition: true);
                }

                return context.Say("status.delivered", values);
            case OrderStatus.Cancelled:
                return context.Say("status.cancelled", values);
            default:
                return context.Say("status.onTheWay", values);
        }
    }

    private static SpeechNode Several(TurnContext context, IReadOnlyList<Order> onTheWay)
    {
        var items = onTheWay
            .OrderBy(o => o.ExpectedDelivery)
            .Select((order, index) =>
            {
                var plural = ShoppingPhrases.IsPluralName(order.Lines[0].ProductName) || order.Lines.Count > 1;
                var names = ShoppingPhrases.Names(order.Lines);
                var day = context.Day(order.ExpectedDelivery, withPreposition: true);
                return index == 0
                    ? SpeechNode.Sentences(names, plural ? "arrive" : "arrives", day)
                    : SpeechNode.Sentences(names, day);
            })
            .ToList();
        // Whole clauses read better with a comma before the last one: "…arrive tomorrow, and oat milk on Friday".
        var clauses = items.SelectMany((item, i) => i == 0 ? [item] : new[] { (SpeechNode)(i == items.Count - 1 ? ", and " : ", "), item }).ToList();
        return context.Say("status.several", new Dictionary<string, SpeechNode>
        {
            ["count"] = new SpeechNode.Number(onTheWay.Count),
            ["list"] = new SpeechNode.Sequence(clauses),
        });
    }
}
