using NodaTime;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Tests.Contract;

/// <summary>
/// The contract's optional parts that both stores offer: order cancellation, the request replay log and voice
/// codes. Shared by every instance, so they are tested with concurrency too.
/// </summary>
public abstract partial class CommerceStoreContract
{
    [Fact]
    public async Task An_unshipped_order_cancels_once_and_returns_its_stock()
    {
        var purchase = await SeedPurchaseAsync("pp-1", ("SKU-A", 2));
        Assert.True(await Store.TryClaimPendingPurchaseAsync("pp-1", Now, Now - Duration.FromMinutes(1), None));
        Assert.Equal(OrderCommit.Committed, await Store.CommitOrderAsync(Order("ord-1", purchase.CustomerId, Now, purchase.Lines), "pp-1", confirmation: null, None));
        Assert.Equal(8, (await Store.GetProductAsync("SKU-A", None))!.Stock);

        var cancels = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Store.TryCancelOrderAsync("ord-1", Now + Duration.FromHours(1), None))));

        Assert.Single(cancels, cancelled => cancelled);
        var order = await Store.GetOrderAsync("ord-1", None);
        Assert.Equal(OrderStatus.Cancelled, order!.Status);
        Assert.Equal(new OrderStatusChange(OrderStatus.Cancelled, Now + Duration.FromHours(1)), order.History[^1]);
        Assert.Equal(10, (await Store.GetProductAsync("SKU-A", None))!.Stock);
        Assert.False(await Store.TryCancelOrderAsync("ord-missing", Now, None));
    }

    [Fact]
    public async Task A_shipped_order_is_not_cancelled()
    {
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        await Store.UpsertProductsAsync([Product("SKU-A", stock: 10)], None);
        await Store.InsertOrderAsync(Order("ord-1", "cust-1", Now) with { Status = OrderStatus.Shipped }, None);

        Assert.False(await Store.TryCancelOrderAsync("ord-1", Now, None));
        Assert.Equal(OrderStatus.Shipped, (await Store.GetOrderAsync("ord-1", None))!.Status);
        Assert.Equal(10, (await Store.GetProductAsync("SKU-A", None))!.Stock);
    }

    [Fact]
    public async Task A_request_is_answered_once_and_its_answer_replayed()
    {
        var replays = (IRequestReplayStore)Store;
        var stale = Now - Duration.FromSeconds(30);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => replays.TryBeginAsync("alexa:req-1", Now, stale, None))));
        Assert.Single(claims, claim => claim is ReplayClaim.Begun);
        Assert.All(claims.Where(c => c is not ReplayClaim.Begun), claim => Assert.IsType<ReplayClaim.InProgress>(claim));

        await replays.CompleteAsync("alexa:req-1", [1, 2, 3], Now, None);
        var again = Assert.IsType<ReplayClaim.Answered>(await replays.TryBeginAsync("alexa:req-1", Now, stale, None));
        Assert.Equal(new byte[] { 1, 2, 3 }, again.Response);

        Assert.IsType<ReplayClaim.Begun>(await replays.TryBeginAsync("alexa:req-2", Now, stale, None));
        await replays.AbandonAsync("alexa:req-2", None);
        Assert.IsType<ReplayClaim.Begun>(await replays.TryBeginAsync("alexa:req-2", Now, stale, None));

        // A claim whose holder crashed is taken over once it is stale.
        var later = Now + Duration.FromMinutes(5);
        Assert.IsType<ReplayClaim.Begun>(await replays.TryBeginAsync("alexa:req-2", later, later - Duration.FromSeconds(30), None));
    }

    [Fact]
    public async Task Requests_begun_before_the_forget_point_are_forgotten_and_later_ones_kept()
    {
        var replays = (IRequestReplayStore)Store;
        var old = Now - Duration.FromHours(3);
        Assert.IsType<ReplayClaim.Begun>(await replays.TryBeginAsync("alexa:old", old, old - Duration.FromSeconds(30), None));
        await replays.CompleteAsync("alexa:old", [1], old, None);
        Assert.IsType<ReplayClaim.Begun>(await replays.TryBeginAsync("alexa:new", Now, Now - Duration.FromSeconds(30), None));
        await replays.CompleteAsync("alexa:new", [2], Now, None);

        await replays.ForgetBeforeAsync(Now - Duration.FromHours(2), None);

        Assert.IsType<ReplayClaim.Begun>(await replays.TryBeginAsync("alexa:old", Now, Now - Duration.FromSeconds(30), None));
        Assert.Equal(new byte[] { 2 }, Assert.IsType<ReplayClaim.Answered>(await replays.TryBeginAsync("alexa:new", Now, Now - Duration.FromSeconds(30), None)).Response);
    }

    [Fact]
    public async Task Wrong_voice_codes_from_many_devices_all_count_toward_the_lock()
    {
        var codes = (IVoiceCodeStore)Store;
        await Store.SaveCustomerAsync(Customer("cust-1"), None);
        Assert.Null(await codes.GetVoiceCodeAsync("cust-1", None));
        await codes.SetVoiceCodeAsync("cust-1", "hash-1", alwaysRequired: true, None);

        var lockUntil = Now + Duration.FromMinutes(15);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => codes.RecordWrongVoiceCodeAsync("cust-1", 3, lockUntil, None))));
        var third = await codes.RecordWrongVoiceCodeAsync("cust-1", 3, lockUntil, None);

        Assert.Equal(new VoiceCodeRecord("cust-1", "hash-1", true, 0, lockUntil), third);
        await codes.SetVoiceCodeAsync("cust-1", null, alwaysRequired: false, None);
        Assert.Equal(new VoiceCodeRecord("cust-1", null, false, 0, null), await codes.GetVoiceCodeAsync("cust-1", None));
    }
}
