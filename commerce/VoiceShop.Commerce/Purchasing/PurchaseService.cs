using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Stores;
using VoiceShop.Commerce.Telemetry;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>
/// Quotes purchases (buy, reorder) as pending purchases, and turns a confirmed one into exactly one paid
/// order. Placement claims the purchase atomically, within the shopper's daily limit, authorizes, writes the
/// order (with its confirmation message) in one transaction and only then captures; any failure after
/// authorizing voids it.
/// </summary>
public sealed class PurchaseService(ICommerceStore store, IPaymentGateway payments, IClock clock, PurchaseOptions options, Func<string>? orderNumbers = null)
{
    /// <summary>Draws of a random order number before giving up; each is taken with odds far below one in a thousand.</summary>
    private const int MaxOrderNumberDraws = 5;

    private readonly Func<string> _newOrderNumber = orderNumbers ?? OrderNumber.New;

    /// <summary>Quotes <paramref name="quantity"/> of the product the shopper named or the platform resolved.</summary>
    public async Task<PurchaseQuote> QuoteBuyAsync(Customer customer, ProductRequest request, int quantity, CancellationToken cancellationToken)
    {
        if (quantity < 1 || quantity > options.MaxQuantityPerLine)
        {
            return new PurchaseQuote.QuantityNotAllowed(quantity, options.MaxQuantityPerLine);
        }

        var match = await FindAsync(request, cancellationToken);
        if (match is not ProductMatch.Found { Product: var product })
        {
            return new PurchaseQuote.ProductNotResolved(match);
        }

        if (!product.HasStockFor(quantity))
        {
            return new PurchaseQuote.OutOfStock(product.Name);
        }

        return await QuoteAsync(customer, [(product, quantity)], [], cancellationToken);
    }

    /// <summary>
    /// Quotes several products as one purchase ("buy oat milk and paper towels", a cart checkout): every line is
    /// checked, and if any cannot be ordered (quantity, stock) nothing is quoted, so nothing is half-ordered.
    /// </summary>
    public async Task<PurchaseQuote> QuoteItemsAsync(Customer customer, IReadOnlyList<(Product Product, int Quantity)> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("A purchase needs at least one line.", nameof(items));
        }

        if (items.FirstOrDefault(i => i.Quantity < 1 || i.Quantity > options.MaxQuantityPerLine) is { Product: not null } tooMany)
        {
            return new PurchaseQuote.QuantityNotAllowed(tooMany.Quantity, options.MaxQuantityPerLine);
        }

        if (items.FirstOrDefault(i => !i.Product.HasStockFor(i.Quantity)) is { Product: { } missing })
        {
            return new PurchaseQuote.OutOfStock(missing.Name);
        }

        return await QuoteAsync(customer, items, [], cancellationToken);
    }

    /// <summary>
    /// Quotes the shopper's last order again, or with a product named, the last line holding it, at
    /// today's price and stock.
    /// </summary>
    public async Task<PurchaseQuote> QuoteReorderAsync(Customer customer, ProductRequest? request, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrderLine> lines;
        if (request is null)
        {
            if (await store.GetLastOrderAsync(customer.Id, cancellationToken) is not { } last)
            {
                return new PurchaseQuote.NoPreviousOrder();
            }

            lines = last.Lines;
        }
        else
        {
            var match = await FindAsync(request, cancellationToken);
            if (match is not ProductMatch.Found { Product: var named })
            {
                return new PurchaseQuote.ProductNotResolved(match);
            }

            var orders = await store.GetOrdersAsync(customer.Id, cancellationToken);
            var lastLine = orders.Where(o => o.Status != OrderStatus.Cancelled).SelectMany(o => o.Lines).FirstOrDefault(l => l.Sku == named.Sku);
            if (lastLine is null)
            {
                if (!named.HasStockFor(1))
                {
                    return new PurchaseQuote.OutOfStock(named.Name);
                }

                var offer = await QuoteAsync(customer, [(named, 1)], [], cancellationToken);
                return offer is PurchaseQuote.Ready ready ? new PurchaseQuote.NeverOrdered(ready.Purchase) : offer;
            }

            lines = [lastLine];
        }

        var available = new List<(Product, int)>();
        var leftOut = new List<string>();
        foreach (var line in lines)
        {
            var product = await store.GetProductAsync(line.Sku, cancellationToken);
            if (product is not null && product.HasStockFor(line.Quantity))
            {
                available.Add((product, line.Quantity));
            }
            else
            {
                leftOut.Add(product?.Name ?? line.ProductName);
            }
        }

        if (available.Count == 0)
        {
            return new PurchaseQuote.OutOfStock(leftOut[0]);
        }

        return await QuoteAsync(customer, available, leftOut, cancellationToken);
    }

    /// <summary>
    /// Places the pending purchase <paramref name="purchaseId"/> for <paramref name="customer"/>. Calling it
    /// again, from any instance, returns the same order: one purchase never makes two orders or two charges.
    /// <paramref name="confirmationFor"/> words the order-confirmation message, which is kept in the order's
    /// own transaction.
    /// </summary>
    public async Task<PlacementResult> PlaceAsync(Customer customer, string purchaseId, Func<Order, Notification>? confirmationFor, CancellationToken cancellationToken) =>
        await store.GetPendingPurchaseAsync(purchaseId, cancellationToken) is { } purchase
            ? await PlaceAsync(customer, purchase, confirmationFor, cancellationToken)
            : new PlacementResult.NotFound();

    /// <summary>Places <paramref name="purchaseId"/> with no confirmation message.</summary>
    public Task<PlacementResult> PlaceAsync(Customer customer, string purchaseId, CancellationToken cancellationToken) =>
        PlaceAsync(customer, purchaseId, confirmationFor: null, cancellationToken);

    /// <summary>Places <paramref name="purchase"/>, as just read, with no confirmation message.</summary>
    public Task<PlacementResult> PlaceAsync(Customer customer, PendingPurchase purchase, CancellationToken cancellationToken) =>
        PlaceAsync(customer, purchase, confirmationFor: null, cancellationToken);

    /// <summary>
    /// Places <paramref name="purchase"/> as the caller has just read it, saving a second read. The copy may
    /// already be out of date; the atomic claim, not the copy, decides who places it.
    /// </summary>
    public async Task<PlacementResult> PlaceAsync(Customer customer, PendingPurchase purchase, Func<Order, Notification>? confirmationFor, CancellationToken cancellationToken)
    {
        var purchaseId = purchase.Id;
        if (purchase.CustomerId != customer.Id || purchase.Status == PendingPurchaseStatus.Abandoned)
        {
            return new PlacementResult.NotFound();
        }

        if (purchase.Status == PendingPurchaseStatus.Placed)
        {
            return await AlreadyPlacedAsync(purchase, cancellationToken);
        }

        if (purchase.Total > customer.SpendingLimit)
        {
            await store.ReleasePendingPurchaseAsync(purchaseId, PendingPurchaseStatus.Abandoned, cancellationToken);
            return new PlacementResult.OverLimit(customer.SpendingLimit);
        }

        // The day's total is checked where the claim is taken, under the store's per-shopper serialisation: a
        // total read before the claim would let simultaneous confirmations each see room for themselves.
        var now = clock.GetCurrentInstant();
        var dailyLimit = DailySpendingLimit.For(new Money(options.DailySpendingLimit, purchase.Total.Currency), DeliveryEstimate.ZoneFor(customer), now);
        var claim = await store.TryClaimWithinDailyLimitAsync(purchaseId, now, now - Duration.FromTimeSpan(options.PlacementLease), dailyLimit, cancellationToken);
        if (claim == PurchaseClaim.OverDailyLimit)
        {
            return new PlacementResult.OverDailyLimit(dailyLimit.Limit);
        }

        if (claim != PurchaseClaim.Claimed)
        {
            var current = await store.GetPendingPurchaseAsync(purchaseId, cancellationToken);
            return current?.Status switch
            {
                PendingPurchaseStatus.Placed => await AlreadyPlacedAsync(current, cancellationToken),
                null or PendingPurchaseStatus.Abandoned => new PlacementResult.NotFound(),
                _ => new PlacementResult.InProgress(),
            };
        }

        return await ChargeAndCommitAsync(customer, purchase, now, confirmationFor, cancellationToken);
    }

    /// <summary>Drops a purchase the shopper said no to; nothing is charged.</summary>
    public Task AbandonAsync(string purchaseId, CancellationToken cancellationToken) =>
        store.ReleasePendingPurchaseAsync(purchaseId, PendingPurchaseStatus.Abandoned, cancellationToken);

    private async Task<PlacementResult> ChargeAndCommitAsync(
        Customer customer, PendingPurchase purchase, Instant now, Func<Order, Notification>? confirmationFor, CancellationToken cancellationToken)
    {
        PaymentAuthorization authorization;
        try
        {
            // Keyed by the purchase: a retry after a crash gets the same authorization, never a second one.
            authorization = await payments.AuthorizeAsync(customer.PaymentToken, purchase.Total, "purchase:" + purchase.Id, cancellationToken);
        }
        catch
        {
            await store.ReleasePendingPurchaseAsync(purchase.Id, PendingPurchaseStatus.Pending, CancellationToken.None);
            throw;
        }

        if (!authorization.Approved)
        {
            await store.ReleasePendingPurchaseAsync(purchase.Id, PendingPurchaseStatus.Abandoned, cancellationToken);
            return new PlacementResult.Declined(authorization.DeclineReason ?? "declined");
        }

        var order = new Order(
            _newOrderNumber(),
            customer.Id,
            purchase.Lines,
            purchase.Total,
            OrderStatus.Placed,
            [new OrderStatusChange(OrderStatus.Placed, now)],
            Carrier: null,
            purchase.ExpectedDelivery,
            now,
            authorization.Id);
        OrderCommit commit;
        try
        {
            commit = await store.CommitOrderAsync(order, purchase.Id, confirmationFor?.Invoke(order), cancellationToken);
            for (var draw = 1; commit == OrderCommit.NumberTaken && draw < MaxOrderNumberDraws; draw++)
            {
                order = order with { Id = _newOrderNumber() };
                commit = await store.CommitOrderAsync(order, purchase.Id, confirmationFor?.Invoke(order), cancellationToken);
            }

            if (commit == OrderCommit.NumberTaken)
            {
                throw new InvalidOperationException($"No free order number after {MaxOrderNumberDraws} draws.");
            }
        }
        catch
        {
            await payments.VoidAsync(authorization.Id, CancellationToken.None);
            await store.ReleasePendingPurchaseAsync(purchase.Id, PendingPurchaseStatus.Pending, CancellationToken.None);
            throw;
        }

        if (commit != OrderCommit.Committed)
        {
            var current = await store.GetPendingPurchaseAsync(purchase.Id, cancellationToken);
            if (current?.Status == PendingPurchaseStatus.Placed)
            {
                // A takeover after our lease expired placed it with the same authorization; nothing to undo.
                return await AlreadyPlacedAsync(current, cancellationToken);
            }

            await payments.VoidAsync(authorization.Id, cancellationToken);
            await store.ReleasePendingPurchaseAsync(purchase.Id, PendingPurchaseStatus.Abandoned, cancellationToken);
            return new PlacementResult.OutOfStock(purchase.Lines[0].ProductName);
        }

        await payments.CaptureAsync(authorization.Id, cancellationToken);
        CommerceTelemetry.OrdersPlaced.Add(1);
        return new PlacementResult.Placed(order, WasAlreadyPlaced: false);
    }

    private async Task<PlacementResult> AlreadyPlacedAsync(PendingPurchase purchase, CancellationToken cancellationToken)
    {
        var order = purchase.OrderId is null ? null : await store.GetOrderAsync(purchase.OrderId, cancellationToken);
        if (order is null)
        {
            return new PlacementResult.NotFound();
        }

        if (order.PaymentAuthorizationId is { } authorizationId)
        {
            // A placer that died between writing the order and capturing left the charge authorized; finish it.
            await payments.CaptureAsync(authorizationId, cancellationToken);
        }

        return new PlacementResult.Placed(order, WasAlreadyPlaced: true);
    }

    private async Task<ProductMatch> FindAsync(ProductRequest request, CancellationToken cancellationToken)
    {
        if (request.Sku is not null && await store.GetProductAsync(request.Sku, cancellationToken) is { } bySku)
        {
            return new ProductMatch.Found(bySku);
        }

        return ProductResolver.Resolve(await store.GetProductsAsync(cancellationToken), sku: null, request.SpokenName ?? request.Sku);
    }

    private async Task<PurchaseQuote> QuoteAsync(Customer customer, IReadOnlyList<(Product Product, int Quantity)> items, IReadOnlyList<string> leftOut, CancellationToken cancellationToken)
    {
        var lines = items.Select(i => new OrderLine(i.Product.Sku, i.Product.Name, i.Product.Unit, i.Quantity, i.Product.Price)).ToList();
        var total = Money.Sum(lines.Select(l => l.Total), lines[0].UnitPrice.Currency);
        if (total > customer.SpendingLimit)
        {
            return new PurchaseQuote.OverLimit(customer.SpendingLimit, total);
        }

        var now = clock.GetCurrentInstant();
        var purchase = new PendingPurchase(
            TimeOrderedId.New("pp_", now, randomBytes: 12),
            customer.Id,
            lines,
            total,
            DeliveryEstimate.For(customer, items.Select(i => i.Product), now),
            now,
            PendingPurchaseStatus.Pending,
            OrderId: null);
        await store.SavePendingPurchaseAsync(purchase, cancellationToken);
        return new PurchaseQuote.Ready(purchase, leftOut);
    }
}

/// <summary>
/// Which product the shopper meant: a catalog id when the platform resolved one (Alexa entity resolution),
/// else the words they said.
/// </summary>
public sealed record ProductRequest(string? Sku, string? SpokenName);
