using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>Cancelling an order by voice: only before it ships, only after a yes, and never charged.</summary>
public sealed class CancelOrderTests
{
    [Fact]
    public async Task An_order_that_has_not_shipped_is_cancelled_after_a_yes_refunded_and_restocked()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "oat milk" });
        await alexa.IntentAsync("AMAZON.YesIntent");
        var stockAfterOrder = (await host.Store.GetProductAsync("OAT-MILK", CancellationToken.None))!.Stock;

        var cancel = new AlexaConversation(host.CreateClient());
        var ask = await cancel.IntentAsync("CancelOrderIntent", new Dictionary<string, string> { ["product"] = "oat milk" });
        Assert.Equal("Your oat milk order hasn't shipped yet. Cancel it?", ask.Speech);
        Assert.False(ask.ShouldEndSession);

        var yes = await cancel.IntentAsync("AMAZON.YesIntent");
        Assert.Equal("Cancelled. You won't be charged.", yes.Speech);

        var order = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None))[0];
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(OrderStatus.Cancelled, order.History[^1].Status);
        Assert.Equal(PaymentStatus.Refunded, Assert.Single(await host.Store.GetPaymentsAsync(CancellationToken.None)).Status);
        Assert.Equal(stockAfterOrder + 1, (await host.Store.GetProductAsync("OAT-MILK", CancellationToken.None))!.Stock);
    }

    [Fact]
    public async Task A_shipped_order_is_not_cancelled()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());

        var reply = await alexa.IntentAsync("CancelOrderIntent", new Dictionary<string, string> { ["product"] = "coffee pods" });

        Assert.Equal("Your paper towels and coffee pods have already shipped, so I can't cancel it. You can return it when it arrives.", reply.Speech);
        Assert.True(reply.ShouldEndSession);
        Assert.Equal(OrderStatus.Shipped, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None))[0].Status);
    }

    [Fact]
    public async Task No_keeps_the_order()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "oat milk" });
        await alexa.IntentAsync("AMAZON.YesIntent");

        var cancel = new AlexaConversation(host.CreateClient());
        await cancel.IntentAsync("CancelOrderIntent");
        var no = await cancel.IntentAsync("AMAZON.NoIntent");

        Assert.Equal("OK, your order stays as it is.", no.Speech);
        Assert.Equal(OrderStatus.Placed, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None))[0].Status);
    }
}
