using NodaTime;
using VoiceShop.Commerce.Carts;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>
/// Carts: one per shopper whichever instance answers, adds that race from several store instances all land,
/// a forgotten cart expires, and only the order that checks a cart out empties it, in its own transaction.
/// </summary>
public abstract partial class CommerceStoreContract
{
    /// <summary>Carts changed before this (a week before <see cref="Now"/>) have expired. A property: static fields across partial files initialize in no set order.</summary>
    private static Instant LongAgo => Now - Duration.FromDays(7);

    [Fact]
    public async Task A_cart_adds_up_keeps_the_order_lines_came_in_and_reads_the_same_from_another_instance()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        Assert.True((await Store.GetCartAsync("cust-1", LongAgo, None)).IsEmpty);

        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-B", 1), new CartLine("SKU-A", 2)], 20, Now, LongAgo, None);
        var cart = await Store.AddToCartAsync("cust-1", [new CartLine("SKU-B", 3)], 20, Now, LongAgo, None);

        Assert.Equal([new CartLine("SKU-B", 4), new CartLine("SKU-A", 2)], cart!.Lines);
        var other = await OpenTrackedStoreAsync();
        Assert.Equal(cart.Lines, (await other.GetCartAsync("cust-1", LongAgo, None)).Lines);
        Assert.True((await other.GetCartAsync("cust-2", LongAgo, None)).IsEmpty);
    }

    [Fact]
    public async Task An_add_that_would_pass_the_most_per_line_changes_nothing()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-A", 15)], 20, Now, LongAgo, None);

        var refused = await Store.AddToCartAsync("cust-1", [new CartLine("SKU-B", 1), new CartLine("SKU-A", 6)], 20, Now, LongAgo, None);

        Assert.Null(refused);
        Assert.Equal([new CartLine("SKU-A", 15)], (await Store.GetCartAsync("cust-1", LongAgo, None)).Lines);
    }

    [Fact]
    public async Task Setting_a_quantity_changes_adds_or_removes_a_line()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-A", 1), new CartLine("SKU-B", 2)], 20, Now, LongAgo, None);

        await Store.SetCartQuantityAsync("cust-1", "SKU-A", 5, Now, LongAgo, None);
        await Store.SetCartQuantityAsync("cust-1", "SKU-C", 1, Now, LongAgo, None);
        var cart = await Store.SetCartQuantityAsync("cust-1", "SKU-B", 0, Now, LongAgo, None);

        Assert.Equal([new CartLine("SKU-A", 5), new CartLine("SKU-C", 1)], cart.Lines);
    }

    [Fact]
    public async Task A_cart_left_alone_past_its_lifetime_reads_empty_and_starts_afresh()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        var eightDaysAgo = Now - Duration.FromDays(8);
        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-A", 3)], 20, eightDaysAgo, eightDaysAgo - Duration.FromDays(7), None);
        Assert.Single((await Store.GetCartAsync("cust-1", eightDaysAgo - Duration.FromDays(1), None)).Lines);

        Assert.True((await Store.GetCartAsync("cust-1", LongAgo, None)).IsEmpty);
        var cart = await Store.AddToCartAsync("cust-1", [new CartLine("SKU-B", 1)], 20, Now, LongAgo, None);

        Assert.Equal([new CartLine("SKU-B", 1)], cart!.Lines);
    }

    [Fact]
    public async Task Simultaneous_adds_to_one_cart_from_several_instances_all_land()
    {
        const int adds = 24;
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        var stores = new List<ICommerceStore> { Store };
        for (var i = 0; i < 3; i++)
        {
            stores.Add(await OpenTrackedStoreAsync());
        }

        using var start = new SemaphoreSlim(0);
        var adding = Enumerable.Range(0, adds).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            // Half add a product of their own, half add one more of a shared one.
            IReadOnlyList<CartLine> lines = i % 2 == 0 ? [new CartLine($"SKU-{i}", 1)] : [new CartLine("SKU-SHARED", 1)];
            return await stores[i % stores.Count].AddToCartAsync("cust-1", lines, 100, Now, LongAgo, None);
        })).ToList();
        start.Release(adds);
        await Task.WhenAll(adding);

        var cart = await Store.GetCartAsync("cust-1", LongAgo, None);
        Assert.Equal(adds / 2 + 1, cart.Lines.Count);
        Assert.Equal(adds / 2, cart.QuantityOf("SKU-SHARED"));
        Assert.All(Enumerable.Range(0, adds).Where(i => i % 2 == 0), i => Assert.Equal(1, cart.QuantityOf($"SKU-{i}")));
    }

    [Fact]
    public async Task Only_placing_a_checked_out_purchase_takes_its_lines_out_of_the_cart_keeping_later_additions()
    {
        var purchase = await SeedPurchaseAsync("pp-cart", ("SKU-A", 2), ("SKU-B", 1));
        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-A", 2), new CartLine("SKU-B", 1)], 20, Now, LongAgo, None);
        await Store.SaveCartCheckoutAsync("pp-cart", "cust-1", None);
        var stale = Now - Duration.FromMinutes(1);

        // A commit that fails (stock short) leaves the cart whole.
        await Store.UpsertProductsAsync([Product("SKU-B", stock: 0)], None);
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-cart", Now, stale, None));
        Assert.Equal(OrderCommit.NotPlaced, await Store.CommitOrderAsync(Order("ord-1", "cust-1", Now, purchase.Lines), "pp-cart", confirmation: null, None));
        Assert.Equal(2, (await Store.GetCartAsync("cust-1", LongAgo, None)).Lines.Count);

        // Another unit of A added after the read-back stays once the order is placed.
        await Store.UpsertProductsAsync([Product("SKU-B", stock: 10)], None);
        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-A", 1)], 20, Now, LongAgo, None);
        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(Order("ord-2", "cust-1", Now, purchase.Lines), "pp-cart", confirmation: null, None));

        Assert.Equal([new CartLine("SKU-A", 1)], (await Store.GetCartAsync("cust-1", LongAgo, None)).Lines);
        Assert.Equal(PendingPurchaseStatus.Placed, (await Store.GetPendingPurchaseAsync("pp-cart", None))!.Status);
    }

    [Fact]
    public async Task Placing_a_purchase_that_is_not_a_checkout_leaves_the_cart_alone()
    {
        var purchase = await SeedPurchaseAsync("pp-buy", ("SKU-A", 1));
        await Store.AddToCartAsync("cust-1", [new CartLine("SKU-A", 2)], 20, Now, LongAgo, None);
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-buy", Now, Now - Duration.FromMinutes(1), None));

        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(Order("ord-1", "cust-1", Now, purchase.Lines), "pp-buy", confirmation: null, None));

        Assert.Equal([new CartLine("SKU-A", 2)], (await Store.GetCartAsync("cust-1", LongAgo, None)).Lines);
    }
}
