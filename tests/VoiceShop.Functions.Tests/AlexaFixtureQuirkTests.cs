using System.Net;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Each quirk our own Alexa fixtures reproduce (see tests/fixtures/alexa/README.md) changes nothing about what the
/// shopper hears: the answer is the one the same request gets in its plainest form.
/// </summary>
public sealed class AlexaFixtureQuirkTests(AlexaFixtureTests.Host host) : IClassFixture<AlexaFixtureTests.Host>
{
    [Fact]
    public async Task Byte_order_mark_and_a_timestamp_without_zone_still_greet_the_linked_shopper()
    {
        var speech = Speech(await AnswerAsync("launch-utf8-bom-linked.json"));

        Assert.Equal("Hi Alex. You can reorder, check an order, or buy something. What would you like?", speech);
    }

    [Theory]
    [InlineData("intent-order-status-epoch-ms-timestamp.json")]
    [InlineData("intent-order-status-type-not-first.json")]
    [InlineData("intent-order-status-explicit-nulls.json")]
    public async Task Epoch_milliseconds_type_last_and_explicit_nulls_all_read_the_order_status(string fixture)
    {
        var json = await AnswerAsync(fixture);

        Assert.Equal("Your paper towels and coffee pods shipped yesterday and arrive tomorrow.", Speech(json));
        Assert.True(json["response"]!["shouldEndSession"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Stop_in_a_new_session_with_version_after_session_says_goodbye_and_ends()
    {
        var json = await AnswerAsync("intent-stop-new-session-version-after-session.json");

        Assert.Equal("Goodbye.", Speech(json));
        Assert.True(json["response"]!["shouldEndSession"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Entity_resolution_match_buys_the_product_its_id_names_not_the_words_heard()
    {
        var json = await AnswerAsync("intent-buy-er-success-match.json");

        Assert.Equal("Two boxes of coffee pods, $25.98, arriving Thursday. Shall I order them?", Speech(json));
        Assert.Equal("PurchaseConfirmation", json["sessionAttributes"]!["awaiting"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entity_resolution_no_match_without_values_asks_for_the_product_again()
    {
        var json = await AnswerAsync("intent-buy-er-success-no-match.json");

        Assert.Equal("I couldn't find \"moon boots\". What would you like to buy?", Speech(json));
        AssertElicits(json, "product");
    }

    [Fact]
    public async Task Dialog_started_with_empty_slots_elicits_the_product()
    {
        var json = await AnswerAsync("intent-buy-dialog-started.json");

        Assert.Equal("What would you like to buy?", Speech(json));
        AssertElicits(json, "product");
    }

    [Fact]
    public async Task Dialog_in_progress_with_filled_slots_reads_the_purchase_back()
    {
        var json = await AnswerAsync("intent-buy-dialog-in-progress.json");

        Assert.Equal("Three packs of paper towels, $27.72, arriving Thursday. Shall I order them?", Speech(json));
        Assert.False(json["response"]!["shouldEndSession"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Person_viewport_trailing_slash_endpoint_and_multi_value_slot_read_the_purchase_back()
    {
        var json = await AnswerAsync("intent-buy-person-viewport-multi-value.json");

        Assert.Equal("A carton of oat milk, $4.29, arriving Thursday. Shall I order it?", Speech(json));
    }

    [Fact]
    public async Task Access_token_only_in_the_session_still_links_the_shopper()
    {
        var speech = Speech(await AnswerAsync("intent-reorder-access-token-in-session-only.json"));

        Assert.StartsWith("Your last order was ", speech, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("launch-legacy-appid-no-locale.json")]
    [InlineData("fragment-request-only.json")]
    [InlineData("intent-buy-dialog-completed-confirmed-unlinked.json")]
    public async Task Unlinked_requests_get_the_link_card_and_end(string fixture)
    {
        var before = (await host.VoiceShop.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

        var json = await AnswerAsync(fixture);

        Assert.Equal("LinkAccount", json["response"]!["card"]!["type"]!.GetValue<string>());
        Assert.True(json["response"]!["shouldEndSession"]!.GetValue<bool>());
        Assert.Equal(before, (await host.VoiceShop.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    [Fact]
    public async Task A_fragment_with_neither_session_context_nor_slots_still_gets_help()
    {
        var json = await AnswerAsync("fragment-intent-without-session-context-or-slots.json");

        Assert.StartsWith("I can reorder your usual", Speech(json), StringComparison.Ordinal);
        Assert.False(json["response"]!["shouldEndSession"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_legacy_application_id_is_accepted_when_configured_and_refused_when_not()
    {
        var body = AlexaFixtures.Read("launch-legacy-appid-no-locale.json");
        using var legacy = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = "amzn1.echo-sdk-ams.app.voiceshop-fixture-legacy" });
        using var modern = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = "amzn1.ask.skill.voiceshop-fixture" });

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(legacy, body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(modern, body)).StatusCode);
    }

    [Theory]
    [InlineData("system-exception-encountered-no-session.json")]
    [InlineData("skill-event-skill-enabled.json")]
    [InlineData("skill-event-account-linked.json")]
    public async Task Requests_without_a_session_are_checked_against_the_skill_id_in_the_context(string fixture)
    {
        var body = AlexaFixtures.Read(fixture);
        using var ours = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = "amzn1.ask.skill.voiceshop-fixture" });
        using var other = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Alexa:SkillIds:0"] = "amzn1.ask.skill.someone-else" });

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(ours, body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(other, body)).StatusCode);
    }

    private async Task<JsonObject> AnswerAsync(string fixture)
    {
        var (status, body) = await host.PostAsync(AlexaFixtures.Read(fixture));
        Assert.True(status == HttpStatusCode.OK, $"{fixture}: {(int)status} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<HttpResponseMessage> PostAsync(VoiceShopHost host, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await host.CreateClient().PostAsync("/api/alexa", content);
    }

    /// <summary>The speech as the shopper hears it: tags removed, entities decoded.</summary>
    private static string Speech(JsonObject json) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(
            json["response"]!["outputSpeech"]!["ssml"]!.GetValue<string>(), "<[^>]+>", ""));

    private static void AssertElicits(JsonObject json, string slot)
    {
        var directive = Assert.Single(json["response"]!["directives"]!.AsArray());
        Assert.Equal("Dialog.ElicitSlot", directive!["type"]!.GetValue<string>());
        Assert.Equal(slot, directive["slotToElicit"]!.GetValue<string>());
    }
}
