using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Seed;
using VoiceShop.Skills.Alexa.Verification;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Verification on the real HTTP pipeline: signed requests are served, anything failing a check is a 400
/// before the conversation or the store see it.
/// </summary>
public sealed class AlexaVerificationEndpointTests
{
    [Fact]
    public async Task A_signed_purchase_goes_through_and_a_tampered_confirmation_orders_nothing()
    {
        using var alexa = new SignedAlexaHost();
        var conversation = new AlexaConversation(alexa.Client);
        var ordersBefore = (await alexa.Host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

        var readBack = await conversation.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "paper towels" });
        Assert.Contains("paper towels", readBack.Speech);

        alexa.Signing.TamperAfterSigning = true;
        var tampered = await PostAsync(alexa.Client, conversation.Build(YesIntent()));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.Status);
        Assert.Contains(AlexaVerificationChecks.SignatureMismatch, tampered.Body);
        Assert.Equal(ordersBefore, (await alexa.Host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
        var logged = Assert.Single(alexa.Logs.Warnings);
        Assert.Equal($"Alexa request verification failed: {AlexaVerificationChecks.SignatureMismatch}", logged.Message);
        Assert.DoesNotContain("demo-token", logged.Message);

        alexa.Signing.TamperAfterSigning = false;
        var placed = await conversation.IntentAsync("AMAZON.YesIntent");
        Assert.Equal(ordersBefore + 1, (await alexa.Host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
        Assert.True(placed.ShouldEndSession);
    }

    [Fact]
    public async Task Verification_is_on_unless_configured_off_so_an_unsigned_request_is_refused()
    {
        using var alexa = new SignedAlexaHost(new Dictionary<string, string?> { ["Alexa:VerifyRequests"] = null });
        alexa.Signing.Unsigned = true;

        var response = await PostAsync(alexa.Client, new AlexaConversation(alexa.Client).Build(new JsonObject { ["type"] = "LaunchRequest" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(AlexaVerificationChecks.CertificateUrlMissing, response.Body);
    }

    [Fact]
    public async Task A_correctly_signed_request_for_another_skill_is_refused()
    {
        using var alexa = new SignedAlexaHost(new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = "amzn1.ask.skill.someone-else" });

        var response = await PostAsync(alexa.Client, new AlexaConversation(alexa.Client).Build(new JsonObject { ["type"] = "LaunchRequest" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("another skill", response.Body);
    }

    [Fact]
    public async Task A_signed_but_stale_request_is_refused()
    {
        using var alexa = new SignedAlexaHost();
        var conversation = new AlexaConversation(alexa.Client) { Timestamp = VoiceShopHost.DefaultNow.ToDateTimeOffset().AddMinutes(-3) };

        var response = await PostAsync(alexa.Client, conversation.Build(new JsonObject { ["type"] = "LaunchRequest" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(AlexaVerificationChecks.TimestampOutOfRange, response.Body);
    }

    [Fact]
    public void A_trusted_roots_file_that_cannot_be_read_stops_the_host_at_start_up()
    {
        using var alexa = new SignedAlexaHost(new Dictionary<string, string?> { ["Alexa:TrustedRootsPath"] = "no-such-roots.pem" });

        var failure = Assert.ThrowsAny<Exception>(() => alexa.Client);

        Assert.Contains("Alexa:TrustedRootsPath", failure.ToString());
    }

    private static JsonObject YesIntent() => new()
    {
        ["type"] = "IntentRequest",
        ["intent"] = new JsonObject { ["name"] = "AMAZON.YesIntent", ["confirmationStatus"] = "NONE", ["slots"] = new JsonObject() },
    };

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync("/api/alexa", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
