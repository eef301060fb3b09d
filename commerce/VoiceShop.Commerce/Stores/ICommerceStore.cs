using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Notifications;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// Everything VoiceShop keeps beyond one conversation. One contract, implemented by the embedded SQLite
/// store and by a shared database store, and proven by one contract test suite run against each. Every
/// capability is part of it, so a store cannot leave replay protection or voice codes silently off: a store
/// lacking one does not compile.
/// </summary>
public interface ICommerceStore : ICatalogStore, ICustomerStore, IOrderStore, IPaymentLedger, IDialogStateStore, INotificationOutbox, IRequestReplayStore, IVoiceCodeStore, ICartStore
{
    /// <summary>Creates or migrates the schema. Safe to call on every start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}

/// <summary>Products.</summary>
public interface ICatalogStore
{
    Task<IReadOnlyList<Product>> GetProductsAsync(CancellationToken cancellationToken);

    Task<Product?> GetProductAsync(string sku, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces all <paramref name="products"/> in one transaction: all or nothing.</summary>
    Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken);
}

/// <summary>Customers and the platform identities that name them.</summary>
public interface ICustomerStore
{
    Task<bool> HasCustomersAsync(CancellationToken cancellationToken);

    Task<Customer?> GetCustomerAsync(string customerId, CancellationToken cancellationToken);

    Task<Customer?> FindCustomerByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken);

    /// <summary>
    /// The customer <paramref name="identity"/> names with their orders, newest first, or null. One read
    /// instead of two, for the turn every shopper asks most ("where's my package?"): on a shared database
    /// that is one round trip and one statement fewer.
    /// </summary>
    Task<CustomerWithOrders?> FindCustomerWithOrdersByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken);

    Task SaveCustomerAsync(Customer customer, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="identity"/> name <paramref name="customerId"/>.</summary>
    Task LinkIdentityAsync(string customerId, PlatformIdentity identity, CancellationToken cancellationToken);
}

/// <summary>Orders and the pending purchases that become them.</summary>
public interface IOrderStore
{
    /// <summary>The customer's orders, newest first.</summary>
    Task<IReadOnlyList<Order>> GetOrdersAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>
    /// The customer's orders placed at or after <paramref name="since"/>, newest first: a recent stretch without
    /// reading a loyal shopper's whole history. (The daily limit totals its day inside the claim instead, see
    /// <see cref="TryClaimWithinDailyLimitAsync"/>.)
    /// </summary>
    Task<IReadOnlyList<Order>> GetOrdersPlacedSinceAsync(string customerId, Instant since, CancellationToken cancellationToken);

    /// <summary>The customer's newest order that was not cancelled (what "order it again" repeats), or null.</summary>
    Task<Order?> GetLastOrderAsync(string customerId, CancellationToken cancellationToken);

    Task<Order?> GetOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Adds an order as it is (used by seeding and imports, not by voice purchases).</summary>
    Task InsertOrderAsync(Order order, CancellationToken cancellationToken);

    Task SavePendingPurchaseAsync(PendingPurchase purchase, CancellationToken cancellationToken);

    Task<PendingPurchase?> GetPendingPurchaseAsync(string purchaseId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically moves a purchase from <see cref="PendingPurchaseStatus.Pending"/> to
    /// <see cref="PendingPurchaseStatus.Placing"/>; also reclaims a purchase stuck in Placing since before
    /// <paramref name="staleBefore"/> (its placer crashed). True for exactly one caller.
    /// </summary>
    Task<bool> TryClaimPendingPurchaseAsync(string purchaseId, Instant now, Instant staleBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Claims like <see cref="TryClaimPendingPurchaseAsync"/>, and in the same transaction, serialised with every
    /// other such claim for the same shopper, re-totals the shopper's day within <paramref name="limit"/>: orders
    /// placed in the day (not cancelled) plus their other purchases claimed in the day and still being placed.
    /// When this purchase would take the day past the limit it is abandoned instead, so nothing is authorized.
    /// Claims racing from any number of instances therefore never place more than the limit.
    /// </summary>
    Task<PurchaseClaim> TryClaimWithinDailyLimitAsync(string purchaseId, Instant now, Instant staleBefore, DailySpendingLimit limit, CancellationToken cancellationToken);

    /// <summary>Sets a claimed purchase back to <paramref name="status"/> (Pending to allow a retry, or Abandoned).</summary>
    Task ReleasePendingPurchaseAsync(string purchaseId, PendingPurchaseStatus status, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: inserts <paramref name="order"/>, takes its quantities from stock, marks the
    /// purchase Placed with the order's id, and adds <paramref name="confirmation"/> (when given) to the
    /// notification outbox, so the message exists exactly when the order does. Changes nothing if stock is
    /// short, the purchase is not being placed, or the order number is already taken. A purchase saved as a cart
    /// checkout (<see cref="ICartStore.SaveCartCheckoutAsync"/>) also takes its lines out of that cart here.
    /// </summary>
    Task<OrderCommit> CommitOrderAsync(Order order, string purchaseId, Notification? confirmation, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: cancels the order if it has not shipped (Placed or Packed), adds the step to its
    /// history and returns its quantities to stock. False, changing nothing, when it is past that point.
    /// </summary>
    Task<bool> TryCancelOrderAsync(string orderId, Instant at, CancellationToken cancellationToken);
}

/// <summary>The payment ledger used by the local payment gateway.</summary>
public interface IPaymentLedger
{
    Task<PaymentRecord?> FindPaymentByKeyAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Inserts <paramref name="record"/>, or returns the existing record with the same idempotency key.</summary>
    Task<PaymentRecord> InsertPaymentAsync(PaymentRecord record, CancellationToken cancellationToken);

    Task TransitionPaymentAsync(string paymentId, PaymentStatus from, PaymentStatus to, CancellationToken cancellationToken);

    Task<IReadOnlyList<PaymentRecord>> GetPaymentsAsync(CancellationToken cancellationToken);
}
