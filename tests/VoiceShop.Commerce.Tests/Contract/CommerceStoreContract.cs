using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>
/// What every <see cref="ICommerceStore"/> must do, written once and run against each store. The rules
/// that keep money safe (one claim wins, an order commits whole or not at all, one payment per key) are
/// tested with real concurrency, because that is where stores differ.
/// </summary>
public abstract partial class CommerceStoreContract : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 18, 0);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly List<ICommerceStore> _opened = [];

    /// <summary>The store under test, migrated and empty.</summary>
    protected ICommerceStore Store { get; private set; } = null!;

    /// <summary>A new store object on this test's database (a second instance sharing the same data).</summary>
    protected abstract Task<ICommerceStore> OpenStoreAsync();

    /// <summary>The identity subjects as the database holds them, read around the store.</summary>
    protected abstract Task<IReadOnlyList<string>> StoredIdentitySubjectsAsync();

    public async Task InitializeAsync()
    {
        Store = await OpenTrackedStoreAsync();
        await Store.InitializeAsync(None);
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            if (store is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (store is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    [Fact]
    public async Task Initializing_again_keeps_the_data()
    {
        await Store.UpsertProductsAsync([Product("SKU-A", stock: 5)], None);

        var second = await OpenTrackedStoreAsync();
        await second.InitializeAsync(None);
        await Store.InitializeAsync(None);

        Assert.Equal(5, (await second.GetProductAsync("SKU-A", None))!.Stock);
    }

    [Fact]
    public async Task Products_round_trip_and_upsert_replaces_them()
    {
        var original = Product("SKU-A", stock: 5) with
        {
            Synonyms = ["first", "second"],
            Attributes = new Dictionary<string, string> { ["size"] = "large" },
            Price = new Money(12.345m, "EUR"),
            Unit = "box",
            DeliveryDays = 4,
        };
        await Store.UpsertProductsAsync([original, Product("SKU-B", stock: 1)], None);
        var stored = await Store.GetProductAsync("SKU-A", None);
        AssertSameProduct(original, stored);

        await Store.UpsertProductsAsync([original with { Name = "renamed", Stock = 9, Price = new Money(1.5m, "EUR") }], None);
        var replaced = await Store.GetProductAsync("SKU-A", None);
        Assert.Equal(("renamed", 9, new Money(1.5m, "EUR")), (replaced!.Name, replaced.Stock, replaced.Price));
        Assert.Equal(["SKU-A", "SKU-B"], (await Store.GetProductsAsync(None)).Select(p => p.Sku));
        Assert.Null(await Store.GetProductAsync("SKU-MISSING", None));
    }

    [Fact]
    public async Task A_catalog_upsert_that_fails_part_way_changes_nothing()
    {
        await Store.UpsertProductsAsync([Product("SKU-A", stock: 5)], None);

        // The third product breaks a NOT NULL column after two rows were already written in the batch.
        var batch = new[] { Product("SKU-A", stock: 50), Product("SKU-NEW", stock: 1), Product("SKU-BAD", stock: 1) with { Name = null! } };
        await Assert.ThrowsAnyAsync<Exception>(() => Store.UpsertProductsAsync(batch, None));

        Assert.Equal(5, (await Store.GetProductAsync("SKU-A", None))!.Stock);
        Assert.Equal(["SKU-A"], (await Store.GetProductsAsync(None)).Select(p => p.Sku));
    }

    [Fact]
    public async Task Customers_are_saved_updated_and_found_by_identity()
    {
        Assert.False(await Store.HasCustomersAsync(None));
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.SaveCustomerAsync(Customer("cust-2"), None);
        Assert.True(await Store.HasCustomersAsync(None));

        var changed = Customer("cust-1") with { Name = "Robin", SpendingLimit = new Money(75.5m, "USD"), ShippingAddress = new ShippingAddress("1 Elm", "Austin", "TX", "73301", "US") };
        await Store.SaveCustomerAsync(changed, None);
        Assert.Equal(changed, await Store.GetCustomerAsync("cust-1", None));

        var alexa = new PlatformIdentity(PlatformIdentity.Alexa, "token-abc");
        await Store.LinkIdentityAsync("cust-1", alexa, None);
        Assert.Equal("cust-1", (await Store.FindCustomerByIdentityAsync(alexa, None))?.Id);
        Assert.Null(await Store.FindCustomerByIdentityAsync(new PlatformIdentity("google", "token-abc"), None));
        Assert.Null(await Store.FindCustomerByIdentityAsync(new PlatformIdentity(PlatformIdentity.Alexa, "token-other"), None));
        Assert.Null(await Store.GetCustomerAsync("cust-missing", None));

        // Re-linking the same identity moves it to the other customer.
        await Store.LinkIdentityAsync("cust-2", alexa, None);
        Assert.Equal("cust-2", (await Store.FindCustomerByIdentityAsync(alexa, None))?.Id);
    }

    [Fact]
    public async Task Identity_subjects_are_stored_only_as_hashes()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.LinkIdentityAsync("cust-1", new PlatformIdentity(PlatformIdentity.Alexa, "secret-access-token"), None);

        Assert.Equal([IdentityHash.Of("secret-access-token")], await StoredIdentitySubjectsAsync());
    }

    [Fact]
    public async Task Orders_come_back_whole_and_newest_first_for_their_customer_only()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.SaveCustomerAsync(Customer("cust-2"), None);
        var middle = Order("ord-2", "cust-1", Now - Duration.FromDays(2)) with
        {
            Status = OrderStatus.Shipped,
            Carrier = "UPS",
            History = [new OrderStatusChange(OrderStatus.Placed, Now - Duration.FromDays(2)), new OrderStatusChange(OrderStatus.Shipped, Now - Duration.FromDays(1))],
        };
        await Store.InsertOrderAsync(middle, None);
        await Store.InsertOrderAsync(Order("ord-3", "cust-1", Now), None);
        await Store.InsertOrderAsync(Order("ord-1", "cust-1", Now - Duration.FromDays(9)), None);
        await Store.InsertOrderAsync(Order("ord-x", "cust-2", Now + Duration.FromDays(1)), None);

        var orders = await Store.GetOrdersAsync("cust-1", None);

        Assert.Equal(["ord-3", "ord-2", "ord-1"], orders.Select(o => o.Id));
        AssertSameOrder(middle, orders[1]);
        AssertSameOrder(middle, await Store.GetOrderAsync("ord-2", None));
        Assert.Null(await Store.GetOrderAsync("ord-missing", None));
        Assert.Empty(await Store.GetOrdersAsync("cust-missing", None));
    }

    [Fact]
    public async Task A_shopper_is_found_by_identity_with_their_own_orders_newest_first()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.SaveCustomerAsync(Customer("cust-2"), None);
        await Store.SaveCustomerAsync(Customer("cust-3"), None);
        var alexa = new PlatformIdentity(PlatformIdentity.Alexa, "token-1");
        var google = new PlatformIdentity(PlatformIdentity.Google, "token-2");
        await Store.LinkIdentityAsync("cust-1", alexa, None);
        await Store.LinkIdentityAsync("cust-2", google, None);
        var shipped = Order("ord-2", "cust-1", Now - Duration.FromDays(2)) with
        {
            Status = OrderStatus.Shipped,
            Carrier = "UPS",
            History = [new OrderStatusChange(OrderStatus.Placed, Now - Duration.FromDays(2)), new OrderStatusChange(OrderStatus.Shipped, Now - Duration.FromDays(1))],
        };
        await Store.InsertOrderAsync(Order("ord-1", "cust-1", Now - Duration.FromDays(9)), None);
        await Store.InsertOrderAsync(shipped, None);
        await Store.InsertOrderAsync(Order("ord-3", "cust-1", Now), None);
        await Store.InsertOrderAsync(Order("ord-x", "cust-3", Now), None);

        var found = await Store.FindCustomerWithOrdersByIdentityAsync(alexa, None);

        Assert.Equal(await Store.GetCustomerAsync("cust-1", None), found?.Customer);
        Assert.Equal(["ord-3", "ord-2", "ord-1"], found!.Orders.Select(o => o.Id));
        AssertSameOrder(shipped, found.Orders[1]);

        // A shopper with no orders yet is still found, with an empty history; an unlinked identity is not.
        var withNone = await Store.FindCustomerWithOrdersByIdentityAsync(google, None);
        Assert.Equal("cust-2", withNone?.Customer.Id);
        Assert.Empty(withNone!.Orders);
        Assert.Null(await Store.FindCustomerWithOrdersByIdentityAsync(new PlatformIdentity(PlatformIdentity.Alexa, "token-2"), None));
    }

    [Fact]
    public async Task Orders_placed_since_an_instant_include_that_instant_and_nothing_older_or_foreign()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.SaveCustomerAsync(Customer("cust-2"), None);
        var startOfDay = Now - Duration.FromHours(5);
        await Store.InsertOrderAsync(Order("ord-yesterday", "cust-1", startOfDay - Duration.FromMilliseconds(1)), None);
        await Store.InsertOrderAsync(Order("ord-midnight", "cust-1", startOfDay), None);
        await Store.InsertOrderAsync(Order("ord-now", "cust-1", Now) with { Status = OrderStatus.Cancelled }, None);
        await Store.InsertOrderAsync(Order("ord-other", "cust-2", Now), None);

        var today = await Store.GetOrdersPlacedSinceAsync("cust-1", startOfDay, None);

        Assert.Equal(["ord-now", "ord-midnight"], today.Select(o => o.Id));
        Assert.Equal(OrderStatus.Cancelled, today[0].Status);
        Assert.Empty(await Store.GetOrdersPlacedSinceAsync("cust-1", Now + Duration.FromMilliseconds(1), None));
    }

    [Fact]
    public async Task The_last_order_is_the_newest_one_not_cancelled()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.SaveCustomerAsync(Customer("cust-2"), None);
        Assert.Null(await Store.GetLastOrderAsync("cust-1", None));

        await Store.InsertOrderAsync(Order("ord-old", "cust-1", Now - Duration.FromDays(20)), None);
        var delivered = Order("ord-delivered", "cust-1", Now - Duration.FromDays(3)) with { Status = OrderStatus.Delivered };
        await Store.InsertOrderAsync(delivered, None);
        await Store.InsertOrderAsync(Order("ord-cancelled", "cust-1", Now - Duration.FromDays(1)) with { Status = OrderStatus.Cancelled }, None);
        await Store.InsertOrderAsync(Order("ord-other", "cust-2", Now), None);

        AssertSameOrder(delivered, await Store.GetLastOrderAsync("cust-1", None));
        await Store.InsertOrderAsync(Order("ord-cancelled-other", "cust-2", Now + Duration.FromDays(1)) with { Status = OrderStatus.Cancelled }, None);
        Assert.Equal("ord-other", (await Store.GetLastOrderAsync("cust-2", None))?.Id);
    }

    [Fact]
    public async Task A_pending_purchase_is_claimed_once_released_and_reclaimed_when_stale()
    {
        await SeedPurchaseAsync("pp-1");
        Assert.Equal(PendingPurchaseStatus.Pending, (await Store.GetPendingPurchaseAsync("pp-1", None))!.Status);

        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", Now, Now - Duration.FromMinutes(1), None));
        Assert.False(await Store.TryClaimPendingPurchaseAsync("pp-1", Now, Now - Duration.FromMinutes(1), None));
        Assert.Equal(PendingPurchaseStatus.Placing, (await Store.GetPendingPurchaseAsync("pp-1", None))!.Status);

        // A placer that crashed: once its claim is older than the lease, another caller may take over, once.
        var later = Now + Duration.FromMinutes(5);
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", later, later - Duration.FromMinutes(1), None));
        Assert.False(await Store.TryClaimPendingPurchaseAsync("pp-1", later, later - Duration.FromMinutes(1), None));

        await Store.ReleasePendingPurchaseAsync("pp-1", PendingPurchaseStatus.Pending, None);
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", later, later - Duration.FromMinutes(1), None));

        await Store.ReleasePendingPurchaseAsync("pp-1", PendingPurchaseStatus.Abandoned, None);
        Assert.False(await Store.TryClaimPendingPurchaseAsync("pp-1", later, later - Duration.FromMinutes(1), None));
        Assert.False(await Store.TryClaimPendingPurchaseAsync("pp-missing", later, later, None));
    }

    [Fact]
    public async Task Parallel_claims_from_many_instances_let_exactly_one_win()
    {
        await SeedPurchaseAsync("pp-race");
        var instances = new List<ICommerceStore>();
        for (var i = 0; i < 4; i++)
        {
            instances.Add(await OpenTrackedStoreAsync());
        }

        var claims = Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            instances[i % instances.Count].TryClaimPendingPurchaseAsync("pp-race", Now, Now - Duration.FromMinutes(1), None)));
        var results = await Task.WhenAll(claims);

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task A_committed_order_takes_stock_marks_the_purchase_placed_and_keeps_its_confirmation()
    {
        var purchase = await SeedPurchaseAsync("pp-1", ("SKU-A", 2), ("SKU-B", 1));
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", Now, Now - Duration.FromMinutes(1), None));
        var order = Order("ord-1", purchase.CustomerId, Now, purchase.Lines);
        var confirmation = OrderConfirmations.For(order);

        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(order, "pp-1", confirmation, None));

        Assert.Equal(8, (await Store.GetProductAsync("SKU-A", None))!.Stock);
        Assert.Equal(9, (await Store.GetProductAsync("SKU-B", None))!.Stock);
        AssertSameOrder(order, await Store.GetOrderAsync("ord-1", None));
        var placed = await Store.GetPendingPurchaseAsync("pp-1", None);
        Assert.Equal((PendingPurchaseStatus.Placed, "ord-1"), (placed!.Status, placed.OrderId));
        Assert.Equal([confirmation], await Store.GetNotificationsAsync(purchase.CustomerId, None));

        // A placed purchase can be neither released nor claimed again.
        await Store.ReleasePendingPurchaseAsync("pp-1", PendingPurchaseStatus.Pending, None);
        Assert.False(await Store.TryClaimPendingPurchaseAsync("pp-1", Now + Duration.FromDays(1), Now + Duration.FromDays(1), None));
        Assert.Equal(PendingPurchaseStatus.Placed, (await Store.GetPendingPurchaseAsync("pp-1", None))!.Status);
    }

    [Fact]
    public async Task A_commit_short_of_stock_changes_nothing()
    {
        var purchase = await SeedPurchaseAsync("pp-1", ("SKU-A", 2), ("SKU-B", 11));
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", Now, Now - Duration.FromMinutes(1), None));

        var order = Order("ord-1", purchase.CustomerId, Now, purchase.Lines);
        Assert.Equal(OrderCommit.NotPlaced, await Store.CommitOrderAsync(order, "pp-1", OrderConfirmations.For(order), None));

        Assert.Equal(10, (await Store.GetProductAsync("SKU-A", None))!.Stock);
        Assert.Equal(10, (await Store.GetProductAsync("SKU-B", None))!.Stock);
        Assert.Null(await Store.GetOrderAsync("ord-1", None));
        Assert.Empty(await Store.GetOrdersAsync(purchase.CustomerId, None));
        Assert.Empty(await Store.GetNotificationsAsync(purchase.CustomerId, None));
        Assert.Equal(PendingPurchaseStatus.Placing, (await Store.GetPendingPurchaseAsync("pp-1", None))!.Status);
    }

    [Fact]
    public async Task A_commit_under_a_taken_order_number_changes_nothing()
    {
        var earlier = await SeedPurchaseAsync("pp-1", ("SKU-A", 1));
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", Now, Now - Duration.FromMinutes(1), None));
        var first = Order("ord-1", earlier.CustomerId, Now, earlier.Lines);
        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(first, "pp-1", OrderConfirmations.For(first), None));
        var purchase = await SeedPurchaseAsync("pp-2", ("SKU-B", 2));
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-2", Now, Now - Duration.FromMinutes(1), None));

        var clash = Order("ord-1", purchase.CustomerId, Now + Duration.FromMinutes(1), purchase.Lines);
        Assert.Equal(OrderCommit.NumberTaken, await Store.CommitOrderAsync(clash, "pp-2", OrderConfirmations.For(clash) with { Body = "clash" }, None));

        Assert.Equal(10, (await Store.GetProductAsync("SKU-B", None))!.Stock);
        Assert.Equal("SKU-A", Assert.Single((await Store.GetOrderAsync("ord-1", None))!.Lines).Sku);
        Assert.Equal(PendingPurchaseStatus.Placing, (await Store.GetPendingPurchaseAsync("pp-2", None))!.Status);
        Assert.Equal([OrderConfirmations.For(first)], await Store.GetNotificationsAsync(purchase.CustomerId, None));

        // Drawn again under a free number, it commits, and the confirmations come newest first.
        var second = clash with { Id = "ord-2" };
        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(second, "pp-2", OrderConfirmations.For(second), None));
        Assert.Equal([OrderConfirmations.For(second), OrderConfirmations.For(first)], await Store.GetNotificationsAsync(purchase.CustomerId, None));
    }

    [Fact]
    public async Task A_commit_for_a_purchase_nobody_claimed_changes_nothing()
    {
        var purchase = await SeedPurchaseAsync("pp-1", ("SKU-A", 2));

        var order = Order("ord-1", purchase.CustomerId, Now, purchase.Lines);
        Assert.Equal(OrderCommit.NotPlaced, await Store.CommitOrderAsync(order, "pp-1", OrderConfirmations.For(order), None));

        Assert.Equal(10, (await Store.GetProductAsync("SKU-A", None))!.Stock);
        Assert.Null(await Store.GetOrderAsync("ord-1", None));
        Assert.Empty(await Store.GetNotificationsAsync(purchase.CustomerId, None));
        Assert.Equal(PendingPurchaseStatus.Pending, (await Store.GetPendingPurchaseAsync("pp-1", None))!.Status);
    }

    [Fact]
    public async Task The_payment_ledger_keeps_one_record_per_idempotency_key()
    {
        var first = Payment("pay-1", "purchase:pp-1");
        Assert.Equal(first, await Store.InsertPaymentAsync(first, None));

        var retry = await Store.InsertPaymentAsync(Payment("pay-2", "purchase:pp-1"), None);

        Assert.Equal(first, retry);
        Assert.Equal(first, await Store.FindPaymentByKeyAsync("purchase:pp-1", None));
        Assert.Null(await Store.FindPaymentByKeyAsync("purchase:other", None));
        Assert.Equal(["pay-1"], (await Store.GetPaymentsAsync(None)).Select(p => p.Id));
    }

    [Fact]
    public async Task Parallel_payments_with_one_key_from_many_instances_record_one_payment()
    {
        var instances = new List<ICommerceStore>();
        for (var i = 0; i < 4; i++)
        {
            instances.Add(await OpenTrackedStoreAsync());
        }

        var inserts = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            instances[i % instances.Count].InsertPaymentAsync(Payment($"pay-{i}", "purchase:pp-race"), None)));
        var results = await Task.WhenAll(inserts);

        var stored = Assert.Single(await Store.GetPaymentsAsync(None));
        Assert.All(results, r => Assert.Equal(stored, r));
    }

    [Fact]
    public async Task Payments_move_only_from_the_expected_status_and_list_in_insertion_order()
    {
        await Store.InsertPaymentAsync(Payment("pay-b", "k-1"), None);
        await Store.InsertPaymentAsync(Payment("pay-a", "k-2") with { Status = PaymentStatus.Declined, DeclineReason = "card_declined" }, None);

        await Store.TransitionPaymentAsync("pay-b", PaymentStatus.Authorized, PaymentStatus.Captured, None);
        await Store.TransitionPaymentAsync("pay-b", PaymentStatus.Authorized, PaymentStatus.Voided, None);
        await Store.TransitionPaymentAsync("pay-a", PaymentStatus.Authorized, PaymentStatus.Captured, None);

        var payments = await Store.GetPaymentsAsync(None);
        Assert.Equal(
            [("pay-b", PaymentStatus.Captured, (string?)null), ("pay-a", PaymentStatus.Declined, "card_declined")],
            payments.Select(p => (p.Id, p.Status, p.DeclineReason)));
    }

    [Fact]
    public async Task Dialog_state_is_saved_and_replaced_per_session()
    {
        Assert.Null(await Store.GetDialogStateAsync("session-1", None));

        await Store.SaveDialogStateAsync("session-1", """{"awaiting":"PurchaseConfirmation"}""", Now, None);
        await Store.SaveDialogStateAsync("session-2", "{}", Now, None);
        await Store.SaveDialogStateAsync("session-1", """{"awaiting":"Nothing"}""", Now + Duration.FromSeconds(5), None);

        Assert.Equal("""{"awaiting":"Nothing"}""", await Store.GetDialogStateAsync("session-1", None));
        Assert.Equal("{}", await Store.GetDialogStateAsync("session-2", None));
    }

    private async Task<ICommerceStore> OpenTrackedStoreAsync()
    {
        var store = await OpenStoreAsync();
        _opened.Add(store);
        return store;
    }

    /// <summary>A customer, products with 10 in stock each, and a pending purchase of the given lines.</summary>
    private async Task<PendingPurchase> SeedPurchaseAsync(string purchaseId, params (string Sku, int Quantity)[] lines)
    {
        if (lines.Length == 0)
        {
            lines = [("SKU-A", 1)];
        }

        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.UpsertProductsAsync(lines.Select(l => Product(l.Sku, stock: 10)).ToList(), None);
        var orderLines = lines.Select(l => new OrderLine(l.Sku, "name " + l.Sku, "pack", l.Quantity, new Money(2.5m, "USD"))).ToList();
        var purchase = new PendingPurchase(
            purchaseId,
            "cust-1",
            orderLines,
            Money.Sum(orderLines.Select(l => l.Total), "USD"),
            new LocalDate(2026, 11, 26),
            Now,
            PendingPurchaseStatus.Pending,
            OrderId: null);
        await Store.SavePendingPurchaseAsync(purchase, None);
        var stored = await Store.GetPendingPurchaseAsync(purchaseId, None);
        Assert.Equal((purchase.CustomerId, purchase.Total, purchase.ExpectedDelivery, purchase.CreatedAt), (stored!.CustomerId, stored.Total, stored.ExpectedDelivery, stored.CreatedAt));
        Assert.Equal(purchase.Lines, stored.Lines);
        return purchase;
    }

    private static Product Product(string sku, int stock) => new(
        sku, "name " + sku, [], new Money(2.5m, "USD"), "household", new Dictionary<string, string>(), stock, "pack", 2);

    private static Customer Customer(string id) => new(
        id, "Alex", "America/Los_Angeles", new ShippingAddress("500 Main Street", "Los Angeles", "CA", "90012", "US"), "tok_visa_demo", new Money(200m, "USD"));

    private static Order Order(string id, string customerId, Instant placedAt, IReadOnlyList<OrderLine>? lines = null)
    {
        lines ??= [new OrderLine("SKU-A", "name SKU-A", "pack", 2, new Money(2.5m, "USD")), new OrderLine("SKU-B", "name SKU-B", "", 1, new Money(0.1m, "USD"))];
        return new Order(
            id,
            customerId,
            lines,
            Money.Sum(lines.Select(l => l.Total), "USD"),
            OrderStatus.Placed,
            [new OrderStatusChange(OrderStatus.Placed, placedAt)],
            Carrier: null,
            new LocalDate(2026, 11, 26),
            placedAt,
            "pay-" + id);
    }

    private static PaymentRecord Payment(string id, string key) =>
        new(id, key, "tok_visa_demo", new Money(17.99m, "USD"), PaymentStatus.Authorized, DeclineReason: null);

    private static void AssertSameProduct(Product expected, Product? actual)
    {
        Assert.NotNull(actual);
        IReadOnlyList<string> noSynonyms = [];
        var noAttributes = new Dictionary<string, string>();
        Assert.Equal(expected with { Synonyms = noSynonyms, Attributes = noAttributes }, actual with { Synonyms = noSynonyms, Attributes = noAttributes });
        Assert.Equal(expected.Synonyms, actual.Synonyms);
        Assert.Equal(expected.Attributes, actual.Attributes);
    }

    private static void AssertSameOrder(Order expected, Order? actual)
    {
        Assert.NotNull(actual);
        IReadOnlyList<OrderLine> noLines = [];
        IReadOnlyList<OrderStatusChange> noHistory = [];
        Assert.Equal(expected with { Lines = noLines, History = noHistory }, actual with { Lines = noLines, History = noHistory });
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.History, actual.History);
    }
}
