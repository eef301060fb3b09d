using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores.Postgres;
using VoiceShop.TestSupport;

namespace VoiceShop.Functions.Tests.ScaleOut;

/// <summary>
/// Many instances, one truth: two host processes share one PostgreSQL database, and a "yes" that reaches
/// both at once (a platform retry landing on another instance) still makes one order and one charge.
/// </summary>
public sealed class TwoInstancesTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task One_purchase_confirmed_on_two_instances_at_once_makes_one_order_and_one_charge()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["Store__Provider"] = "Postgres",
            ["Store__ConnectionString"] = connectionString,
            ["Alexa__VerifyRequests"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        };

        // Started together on an empty database: both migrate and seed without tripping over each other.
        var hosts = await HostProcess.StartManyAsync(environment, count: 2);
        await using var first = hosts[0];
        await using var second = hosts[1];
        await using var store = new PostgresCommerceStore(connectionString);
        var ordersBefore = (await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;

        var conversation = new AlexaConversation(first.Client) { Timestamp = DateTimeOffset.UtcNow };
        var readBack = await conversation.IntentAsync("ReorderIntent");
        var purchaseId = readBack.SessionAttributes["pendingPurchaseId"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(purchaseId), $"The reorder did not read back a purchase: {readBack}");

        var yes = new JsonObject
        {
            ["type"] = "IntentRequest",
            ["intent"] = new JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE", ["slots"] = new JsonObject() },
        };
        var onFirst = conversation.Build(yes.DeepClone().AsObject());
        var onSecond = conversation.Build(yes.DeepClone().AsObject());
        var answers = await Task.WhenAll(PostAsync(first, onFirst), PostAsync(second, onSecond));

        var orders = await store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        Assert.Equal(ordersBefore + 1, orders.Count);
        var purchase = await store.GetPendingPurchaseAsync(purchaseId!, CancellationToken.None);
        Assert.Equal(PendingPurchaseStatus.Placed, purchase!.Status);
        Assert.Equal(orders[0].Id, purchase.OrderId);
        var charges = (await store.GetPaymentsAsync(CancellationToken.None)).Where(p => p.IdempotencyKey == "purchase:" + purchaseId).ToList();
        var charge = Assert.Single(charges);
        Assert.Equal(PaymentStatus.Captured, charge.Status);
        Assert.Equal(orders[0].PaymentAuthorizationId, charge.Id);
        Assert.Contains(answers, answer => answer.Contains("Done. It arrives", StringComparison.Ordinal));
    }

    private static async Task<string> PostAsync(HostProcess host, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await host.Client.PostAsync("/api/alexa", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{host.Address} answered {(int)response.StatusCode}: {text}\n{host.Output}");
        return text;
    }
}
