using System.Xml.Linq;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>Whole Alexa conversations through the real HTTP host, SQLite store and payment ledger.</summary>
public sealed class AlexaConversationTests
{
    [Fact]
    public async Task Launch_reorder_yes_then_order_status_reports_the_new_order()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());

        var launch = await alexa.LaunchAsync();
        Assert.Equal("Hi Alex. You can reorder, check an order, or buy something. What would you like?", launch.Speech);
        Assert.False(launch.ShouldEndSession);

        var reorder = await alexa.IntentAsync("ReorderIntent");
        Assert.Equal("Your last order was 2 packs of paper towels and a box of coffee pods: $31.47, arriving Thursday. Order it again?", reorder.Speech);
        Assert.False(reorder.ShouldEndSession);

        var yes = await alexa.IntentAsync("AMAZON.YesIntent");
        Assert.Equal("Done. It arrives Thursday, and the details are in your Alexa app.", yes.Speech);
        Assert.True(yes.ShouldEndSession);
        Assert.Equal("Simple", yes.CardType);
        Assert.Contains("Total: $31.47", yes.CardContent);

        var orders = await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        var newest = orders[0];
        Assert.Equal(OrderStatus.Placed, newest.Status);
        Assert.Equal(31.47m, newest.Total.Amount);
        Assert.Contains($"Order number: {newest.Id}", yes.CardContent);

        var status = await new AlexaConversation(host.CreateClient()).IntentAsync("OrderStatusIntent");
        Assert.Equal("Two orders are on the way: paper towels and coffee pods arrive tomorrow, and paper towels and coffee pods on Thursday.", status.Speech);
        Assert.True(status.ShouldEndSession);
    }

    [Fact]
    public async Task Buy_without_a_product_elicits_it_then_reads_back_and_places_one_order_with_one_charge()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        var ordersBefore = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        var ask = await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["quantity"] = "2" });
        Assert.Equal("What would you like to buy?", ask.Speech);
        Assert.False(ask.ShouldEndSession);
        var directive = ask.Response["directives"]![0]!;
        Assert.Equal("Dialog.ElicitSlot", directive["type"]!.GetValue<string>());
        Assert.Equal("product", directive["slotToElicit"]!.GetValue<string>());

        var readBack = await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "double a batteries" });
        Assert.Equal("Two packs of AA batteries, $17.98, arriving Thursday. Shall I order them?", readBack.Speech);

        var yes = await alexa.IntentAsync("AMAZON.YesIntent");
        Assert.StartsWith("Done. It arrives Thursday", yes.Speech);

        var orders = await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        Assert.Equal(ordersBefore + 1, orders.Count);
        Assert.Equal([new OrderLine("BAT-AA", "AA batteries", "pack", 2, new Commerce.Money(8.99m, "USD"))], orders[0].Lines);
        var charges = (await host.Store.GetPaymentsAsync(CancellationToken.None)).Where(p => p.Status == PaymentStatus.Captured).ToList();
        Assert.Single(charges);
        Assert.Equal(17.98m, charges[0].Amount.Amount);
        Assert.Equal(orders[0].PaymentAuthorizationId, charges[0].Id);
    }

    [Fact]
    public async Task Buy_then_no_orders_nothing_and_charges_nothing()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        var ordersBefore = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "oat milk" });
        var no = await alexa.IntentAsync("AMAZON.NoIntent");

        Assert.Equal("OK, nothing ordered. Anything else?", no.Speech);
        Assert.False(no.ShouldEndSession);
        Assert.Equal(ordersBefore, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
        Assert.Empty(await host.Store.GetPaymentsAsync(CancellationToken.None));

        var yesAfterNo = await alexa.IntentAsync("AMAZON.YesIntent");
        Assert.Equal("What would you like?", yesAfterNo.Speech);
        Assert.Equal(ordersBefore, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task The_same_confirmation_sent_twice_places_one_order()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        var ordersBefore = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;
        await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "coffee pods", ["quantity"] = "3" });

        var confirmation = alexa.Build(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE" },
        });
        var first = await alexa.PostAsync(confirmation);
        var second = await alexa.PostAsync(confirmation);

        Assert.Equal(first.Speech, second.Speech);
        Assert.Equal(first.CardContent, second.CardContent);
        Assert.Equal(ordersBefore + 1, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
        Assert.Single(await host.Store.GetPaymentsAsync(CancellationToken.None), p => p.Status == PaymentStatus.Captured);
    }

    [Fact]
    public async Task Commerce_intents_without_a_linked_account_send_a_link_account_card()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient(), accessToken: null);

        var reply = await alexa.IntentAsync("ReorderIntent");

        Assert.Equal("LinkAccount", reply.CardType);
        Assert.Equal("To shop with Voice Shop, link your account in the Alexa app. I've sent a card there with the link.", reply.Speech);
        Assert.True(reply.ShouldEndSession);
    }

    [Fact]
    public async Task A_token_that_names_no_customer_is_treated_as_unlinked()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient(), accessToken: "someone-elses-guess");

        var reply = await alexa.IntentAsync("OrderStatusIntent");

        Assert.Equal("LinkAccount", reply.CardType);
        Assert.DoesNotContain("paper towels", reply.Speech);
    }

    [Theory]
    [InlineData("frobnicator", "I couldn't find \"frobnicator\". What would you like to buy?")]
    [InlineData("batteries", "I found AA batteries and AAA batteries. Which one?")]
    [InlineData("almond milk", "Sorry, almond milk is out of stock right now.")]
    [InlineData("espresso machine", "That's over your voice-purchase limit of $200, so I didn't order it. You can order it in the app.")]
    public async Task Buy_problems_are_said_plainly_and_order_nothing(string product, string expected)
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        var ordersBefore = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        var reply = await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = product, ["quantity"] = product == "espresso machine" ? "1" : "2" });
        var yes = await alexa.IntentAsync("AMAZON.YesIntent");

        Assert.Equal(expected, reply.Speech);
        Assert.DoesNotContain("Done", yes.Speech);
        Assert.Equal(ordersBefore, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Reorder_of_a_product_never_bought_offers_one()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());

        var reply = await alexa.IntentAsync("ReorderIntent", new Dictionary<string, string> { ["product"] = "oat milk" });

        Assert.Equal("You haven't ordered oat milk before. It's $4.29 a carton. Want me to buy one?", reply.Speech);
    }

    [Fact]
    public async Task Stop_with_a_purchase_pending_says_nothing_was_ordered()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        await alexa.IntentAsync("ReorderIntent");

        var stop = await alexa.IntentAsync("AMAZON.StopIntent");

        Assert.Equal("OK, nothing ordered. Goodbye.", stop.Speech);
        Assert.True(stop.ShouldEndSession);
    }

    [Fact]
    public async Task A_declined_card_is_said_plainly_and_nothing_is_ordered()
    {
        using var host = new VoiceShopHost();
        await host.Store.SaveCustomerAsync(DemoData.Alex with { PaymentToken = LocalPaymentGateway.DeclinedToken }, CancellationToken.None);
        var alexa = new AlexaConversation(host.CreateClient());
        var ordersBefore = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        await alexa.IntentAsync("ReorderIntent");
        var yes = await alexa.IntentAsync("AMAZON.YesIntent");

        Assert.Equal("Your card was declined, so I didn't place the order. You can update it in the app.", yes.Speech);
        Assert.Equal(ordersBefore, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count);
        Assert.DoesNotContain(await host.Store.GetPaymentsAsync(CancellationToken.None), p => p.Status == PaymentStatus.Captured);
    }

    [Fact]
    public async Task Every_reply_of_a_varied_conversation_is_well_formed_ssml_inside_speak()
    {
        using var host = new VoiceShopHost();
        var alexa = new AlexaConversation(host.CreateClient());
        var replies = new List<AlexaReply>
        {
            await alexa.LaunchAsync(),
            await alexa.IntentAsync("AMAZON.HelpIntent"),
            await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "<audio src='x'/> & \"tom\"" }),
            await alexa.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "batteries" }),
            await alexa.IntentAsync("OrderStatusIntent", new Dictionary<string, string> { ["product"] = "dish soap" }),
            await alexa.IntentAsync("ReorderIntent"),
            await alexa.IntentAsync("AMAZON.FallbackIntent"),
            await alexa.IntentAsync("AMAZON.NoIntent"),
            await alexa.IntentAsync("AMAZON.NoIntent"),
        };

        foreach (var reply in replies)
        {
            var speak = XElement.Parse(reply.Ssml);
            Assert.Equal("speak", speak.Name.LocalName);
            Assert.DoesNotContain(speak.Descendants(), e => e.Name.LocalName == "audio");
            var reprompt = reply.Response["reprompt"]?["outputSpeech"]?["ssml"]?.GetValue<string>();
            if (reprompt is not null)
            {
                Assert.Equal("speak", XElement.Parse(reprompt).Name.LocalName);
            }
        }

        Assert.Equal("I couldn't find \"<audio src='x'/> & \"tom\"\". What would you like to buy?", replies[2].Speech);
        Assert.Equal("Your dish soap was delivered on November 15th.", replies[4].Speech);
    }
}
