using System.Net;
using System.Text.Json.Nodes;

namespace VoiceShop.Functions.Tests;

/// <summary>The console's switch and its refusals, on the in-memory test server.</summary>
public sealed class ConsoleFunctionTests
{
    [Fact]
    public async Task Console_is_not_served_when_disabled()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Console:Enabled"] = "false" });
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/api/console/turn", "{\"platform\":\"alexa\",\"utterance\":\"reorder\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "/api/console/shoppers", "{\"kind\":\"new\"}")).StatusCode);
    }

    [Fact]
    public async Task Console_page_and_assets_are_served_from_the_host_with_a_self_only_content_policy()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Console:Enabled"] = "true" });
        var client = host.CreateClient();

        var page = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Equal("text/javascript", (await client.GetAsync("/console/console.js")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console/appsettings.json")).StatusCode);
    }

    [Theory]
    [InlineData("{\"platform\":\"siri\",\"utterance\":\"reorder\"}")]
    [InlineData("{\"platform\":\"alexa\",\"utterance\":")]
    [InlineData("[1,2]")]
    public async Task Bad_turn_requests_are_a_400(string body)
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Console:Enabled"] = "true" });
        var response = await PostAsync(host.CreateClient(), "/api/console/turn", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_new_shopper_has_no_orders_and_a_token_that_names_them()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Console:Enabled"] = "true" });
        var client = host.CreateClient();

        var shopper = JsonNode.Parse(await (await PostAsync(client, "/api/console/shoppers", "{\"kind\":\"new\"}")).Content.ReadAsStringAsync())!.AsObject();
        var customerId = shopper["customerId"]!.GetValue<string>();
        var orders = JsonNode.Parse(await client.GetStringAsync($"/api/customers/{customerId}/orders"))!.AsArray();

        Assert.Empty(orders);
        var linked = await host.Store.FindCustomerByIdentityAsync(new Commerce.Customers.PlatformIdentity("alexa", shopper["accessToken"]!.GetValue<string>()), CancellationToken.None);
        Assert.Equal(customerId, linked?.Id);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
