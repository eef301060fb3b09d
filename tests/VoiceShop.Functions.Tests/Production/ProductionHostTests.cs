using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VoiceShop.Commerce;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Functions.Tests.Production;

/// <summary>
/// The host as a deployment starts it: the Production environment, the shipped appsettings.json and the
/// least configuration a deployment must give. Every check goes through HTTP, the way an outsider would try it.
/// </summary>
public sealed class ProductionHostTests
{
    private const string RealToken = "robin-linked-token";
    private const string RealCard = "tok_robin_card";

    private static readonly Dictionary<string, string?> WithCatalogAndCard = new()
    {
        ["Catalog:ImportPath"] = Path.Combine(RepositoryPaths.Root, "commerce", "VoiceShop.Commerce", "Seed", "demo-catalog.json"),
        [$"Payments:Local:Cards:{RealCard}"] = "1000",
        ["Console:Enabled"] = "true",
    };

    [Fact]
    public async Task The_developer_endpoints_are_not_mapped_even_with_the_console_switched_on()
    {
        using var host = new ProductionHost(WithCatalogAndCard);
        var client = host.CreateClient();
        await AddRealShopperAsync(host);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console/console.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(client, "/api/console/shoppers", "{\"kind\":\"new\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostJsonAsync(client, "/api/console/turn", "{\"platform\":\"text\",\"utterance\":\"reorder\"}")).StatusCode);
        // The shopper exists, so a mapped endpoint would answer 200 with her (empty) history.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/customers/cust-robin/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/customers/cust-robin/notifications")).StatusCode);
        Assert.Contains(host.Logs.Warnings, w => w.Message.Contains("Console:Enabled is ignored in Production", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_token_buys_nothing_while_a_really_linked_shopper_can()
    {
        using var host = new ProductionHost(WithCatalogAndCard);
        var client = host.CreateClient();

        await SayAsync(client, "demo-session", "buy two packs of paper towels", DemoData.DemoAccessToken);
        var demoYes = await SayAsync(client, "demo-session", "yes", DemoData.DemoAccessToken);

        Assert.DoesNotContain("Done.", demoYes, StringComparison.Ordinal);
        Assert.Null(await host.Store.GetCustomerAsync(DemoData.DemoCustomerId, default));
        Assert.Empty(await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default));
        Assert.Empty(await host.Store.GetPaymentsAsync(default));

        // The same words from a shopper the store really links do buy: the refusal above is the identity's.
        await AddRealShopperAsync(host);
        Assert.Contains("paper towels", await SayAsync(client, "robin-session", "buy two packs of paper towels", RealToken), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Done.", await SayAsync(client, "robin-session", "yes", RealToken), StringComparison.Ordinal);
        var order = Assert.Single(await host.Store.GetOrdersAsync("cust-robin", default));
        var payment = Assert.Single(await host.Store.GetPaymentsAsync(default));
        Assert.Equal(order.PaymentAuthorizationId, payment.Id);
        Assert.Equal(PaymentStatus.Captured, payment.Status);
    }

    [Fact]
    public async Task The_demo_token_on_signed_alexa_requests_is_asked_to_link_and_orders_nothing()
    {
        using var host = new ProductionHost(WithCatalogAndCard);
        var alexa = new AlexaConversation(host.CreateSigningClient(), accessToken: DemoData.DemoAccessToken) { Timestamp = DateTimeOffset.UtcNow };

        var reorder = await alexa.IntentAsync("ReorderIntent");
        await alexa.IntentAsync("AMAZON.YesIntent");

        Assert.Equal("LinkAccount", reorder.CardType);
        Assert.Empty(await host.Store.GetPaymentsAsync(default));
        Assert.False(await host.Store.HasCustomersAsync(default));
    }

    [Fact]
    public async Task A_signed_request_from_another_skill_is_refused_with_400()
    {
        using var host = new ProductionHost();
        var client = host.CreateSigningClient();
        var conversation = new AlexaConversation(client) { Timestamp = DateTimeOffset.UtcNow };

        var ours = await PostJsonAsync(client, "/api/alexa", conversation.Build(Launch()));
        var theirs = await PostJsonAsync(client, "/api/alexa", conversation.Build(Launch()).Replace(ProductionHost.SkillId, "amzn1.ask.skill.someone-else", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, ours.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, theirs.StatusCode);
        Assert.Contains("another skill", await theirs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_skill_list_refuses_every_skill_with_a_400_naming_the_setting_and_one_start_up_warning()
    {
        using var host = new ProductionHost(new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = null });
        var client = host.CreateSigningClient();
        var conversation = new AlexaConversation(client) { Timestamp = DateTimeOffset.UtcNow };
        var startUpWarnings = host.Logs.Warnings.Count(w => w.Message.Contains("Alexa:SkillIds", StringComparison.Ordinal));

        var ours = await PostJsonAsync(client, "/api/alexa", conversation.Build(Launch()));
        var other = await PostJsonAsync(client, "/api/alexa", conversation.Build(Launch()).Replace(ProductionHost.SkillId, "amzn1.ask.skill.someone-else", StringComparison.Ordinal));

        foreach (var response in new[] { ours, other })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Alexa:SkillIds is empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, startUpWarnings);
        Assert.Single(host.Logs.Warnings, w => w.Message.Contains("Alexa:SkillIds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unsigned_alexa_request_is_refused_with_400()
    {
        using var host = new ProductionHost();
        var client = host.CreateClient();

        var response = await PostJsonAsync(client, "/api/alexa", new AlexaConversation(client) { Timestamp = DateTimeOffset.UtcNow }.Build(Launch()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Request verification failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogflow_without_credentials_is_refused_with_401()
    {
        using var host = new ProductionHost();
        var client = host.CreateClient();
        var body = new CxConversation(client).Build("welcome", "hi").ToJsonString();

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(client, "/api/dialogflow", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(client, "/api/dialogflow/es", "{\"session\":\"projects/p/agent/sessions/s\",\"queryResult\":{\"queryText\":\"hi\"}}")).StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/dialogflow") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "demo-google-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task A_correctly_configured_host_starts_without_a_warning()
    {
        using var host = new ProductionHost();
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        Assert.Empty(host.Logs.Warnings);
    }

    [Fact]
    public async Task Verification_switched_off_is_allowed_but_warned_at_start_up_and_every_minute()
    {
        using var host = new ProductionHost(new Dictionary<string, string?> { ["Alexa:VerifyRequests"] = "false" });
        var client = host.CreateClient();

        // Behind a gateway that verifies, an unsigned request from our skill is served.
        var launch = await PostJsonAsync(client, "/api/alexa", new AlexaConversation(client) { Timestamp = DateTimeOffset.UtcNow }.Build(Launch()));
        Assert.Equal(HttpStatusCode.OK, launch.StatusCode);
        Assert.Single(host.Logs.Warnings, w => w.Message.StartsWith("Alexa request verification is OFF", StringComparison.Ordinal));
        Assert.Equal(0, Reminders(host));

        host.Time.Fire();
        await UntilAsync(() => Reminders(host) == 1);
        host.Time.Fire();
        await UntilAsync(() => Reminders(host) == 2);

        Assert.All(host.Logs.Warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
    }

    [Fact]
    public async Task Demo_data_seeded_on_purpose_is_there_and_warned_about()
    {
        using var host = new ProductionHost(new Dictionary<string, string?> { ["Store:SeedDemoData"] = "true" });
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        Assert.NotNull(await host.Store.GetCustomerAsync(DemoData.DemoCustomerId, default));
        Assert.Single(host.Logs.Warnings, w => w.Message.StartsWith("Store:SeedDemoData is on in Production", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_store_seeded_earlier_that_still_links_the_demo_tokens_is_warned_about()
    {
        using var host = new ProductionHost();
        using (var earlier = new SqliteCommerceStore($"Data Source={host.DatabasePath}"))
        {
            await earlier.InitializeAsync(default);
            await DemoData.SeedIfEmptyAsync(earlier, NodaTime.SystemClock.Instance, default);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/api/health")).StatusCode);

        var warning = Assert.Single(host.Logs.Warnings);
        Assert.StartsWith("Store:SeedDemoData is off but the store still links the demo shopper cust-alex", warning.Message, StringComparison.Ordinal);
    }

    private static int Reminders(ProductionHost host) =>
        host.Logs.Warnings.Count(w => w.Message.StartsWith("Alexa request verification is still OFF in Production", StringComparison.Ordinal));

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The expected log line did not appear within 30 s.");
            await Task.Delay(20);
        }
    }

    private static async Task AddRealShopperAsync(ProductionHost host)
    {
        var robin = new Customer(
            "cust-robin",
            "Robin",
            "America/New_York",
            new ShippingAddress("12 Elm Street", "Albany", "NY", "12207", "US"),
            RealCard,
            new Money(300m, Money.DefaultCurrency));
        await host.Store.SaveCustomerAsync(robin, default);
        await host.Store.LinkIdentityAsync(robin.Id, new PlatformIdentity(PlatformIdentity.VoiceShop, RealToken), default);
    }

    private static JsonObject Launch() => new() { ["type"] = "LaunchRequest" };

    private static async Task<string> SayAsync(HttpClient client, string sessionId, string text, string token)
    {
        var body = new JsonObject { ["text"] = text, ["sessionId"] = sessionId, ["accessToken"] = token, ["locale"] = "en-US" };
        using var response = await PostJsonAsync(client, "/api/text", body.ToJsonString());
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/text answered {(int)response.StatusCode}: {answer}");
        return JsonNode.Parse(answer)!["text"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string body) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
}
