using System.Text.Json.Nodes;
using Microsoft.Playwright;
using VoiceShop.Commerce.Seed;
using VoiceShop.Functions.Tests;
using VoiceShop.Skills.Simulation;
using Xunit.Abstractions;

namespace VoiceShop.Console.Tests;

/// <summary>
/// The test console in a real browser: a developer types a reorder conversation, sees it as bubbles with the
/// exact platform JSON, hears the reply, and the orders panel shows the order the confirmation placed.
/// </summary>
public sealed class ConsoleBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Alexa_reorder_with_confirmation_shows_bubbles_json_audio_and_the_new_order()
    {
        await ReorderWithConfirmationAsync("alexa", request => Assert.Equal("AMAZON.YesIntent", request["request"]!["intent"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Dialogflow_reorder_with_confirmation_shows_bubbles_json_audio_and_the_new_order()
    {
        await ReorderWithConfirmationAsync("dialogflow", request => Assert.Equal("confirm", request["fulfillmentInfo"]!["tag"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Voice_channel_hears_a_spoken_question_and_answers_with_audio()
    {
        using var host = KestrelHost.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "console").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        // The page found /api/voice and offers the channel; a typed utterance is spoken by espeak-ng first.
        await Assertions.Expect(page.Locator("#platform option[value=voice]")).ToBeEnabledAsync();
        await page.SelectOptionAsync("#platform", "voice");
        await Assertions.Expect(page.Locator("#record")).ToBeVisibleAsync();
        await SayAsync(page, "where is my order", 1);

        await Assertions.Expect(page.Locator("li.bubble.user .meta")).ToContainTextAsync("heard:");
        var reply = page.Locator("li.bubble.assistant").First;
        await Assertions.Expect(reply.Locator(".intent")).ToHaveTextAsync("intent: OrderStatusIntent");
        await Assertions.Expect(reply.Locator(".speech")).ToContainTextAsync("arrive tomorrow");
        await Assertions.Expect(reply.Locator("audio[data-state=ready]")).ToHaveCountAsync(1);
        output.WriteLine(await page.Locator("#log").InnerTextAsync());
    }

    [Fact]
    public async Task On_a_phone_sized_window_nothing_scrolls_sideways_and_the_keyboard_reaches_everything()
    {
        using var host = KestrelHost.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        await page.GotoAsync(new Uri(host.Address, "console").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        // The message box has the focus on arrival; from the top of the page, the first Tab is the skip link to it.
        Assert.Equal("utterance", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.querySelector('a[href], button, input, select, summary, [tabindex]').className"));
        await page.FocusAsync("a.skip");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("utterance", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("where is my order");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("li.bubble.assistant .speech")).ToContainTextAsync("arrive tomorrow");

        // Reset from the keyboard: tab to the button and press Enter.
        await page.FocusAsync("#reset");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("li.bubble")).ToHaveCountAsync(0);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The console scrolls sideways at 375 px.");
        var conversation = await page.Locator("section.conversation").BoundingBoxAsync();
        var orders = await page.Locator("aside.orders").BoundingBoxAsync();
        Assert.True(orders!.Y >= conversation!.Y + conversation.Height, "On a phone the orders panel goes below the conversation.");
    }

    [Fact]
    public async Task A_saved_conversation_replays_in_the_browser_and_the_export_is_a_conversation_file()
    {
        using var host = KestrelHost.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "console").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SelectOptionAsync("#platform", "text");

        await page.SetInputFilesAsync("#replay-file", Path.Combine(RepositoryPaths.Root, "tests", "conversations", "reorder-decline.json"));
        await Assertions.Expect(page.Locator("#replay-status")).ToHaveTextAsync("Replay passed: 3 turns.");
        await Assertions.Expect(page.Locator("li.bubble.assistant .check-ok")).ToHaveCountAsync(3);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var exported = Path.Combine(AppContext.BaseDirectory, "artifacts", "exported-text.json");
        await download.SaveAsAsync(exported);
        var script = ConversationScript.Parse(await File.ReadAllTextAsync(exported));
        Assert.Equal("text", script.Platform);
        Assert.Equal(["reorder my usual", "no", "no thanks"], script.Turns.Select(t => t.User));
        Assert.Equal(["ReorderIntent", "NoIntent", "NoIntent"], script.Turns.Select(t => t.Expect!.Intent));
        Assert.Equal([false, false, true], script.Turns.Select(t => t.Expect!.EndsSession));

        // A changed expectation is shown as a failed turn.
        var changed = Path.Combine(AppContext.BaseDirectory, "artifacts", "changed-text.json");
        await File.WriteAllTextAsync(changed, (await File.ReadAllTextAsync(exported)).Replace("OK, nothing ordered.", "OK, nothing was ordered.", StringComparison.Ordinal));
        await page.SetInputFilesAsync("#replay-file", changed);
        await Assertions.Expect(page.Locator("#replay-status")).ToHaveTextAsync("Replay failed: 1 of 3 turns differ.");
        await Assertions.Expect(page.Locator("li.bubble.assistant .check-bad")).ToContainTextAsync("speech lacks");
    }

    private async Task ReorderWithConfirmationAsync(string platform, Action<JsonObject> checkConfirmationRequest)
    {
        using var host = KestrelHost.Start();
        var ordersBefore = (await host.Host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None)).Count;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(new Uri(host.Address, "console").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SelectOptionAsync("#platform", platform);
        await Assertions.Expect(page.Locator("#orders li")).ToHaveCountAsync(ordersBefore);
        var messagesBefore = await page.Locator("#messages li.message").CountAsync();

        // Keyboard only: type and press Enter.
        await SayAsync(page, "open voice shop", 1);
        await SayAsync(page, "reorder", 2);
        await SayAsync(page, "yes", 3);

        var replies = page.Locator("li.bubble.assistant");
        await Assertions.Expect(page.Locator("li.bubble.user")).ToHaveTextAsync(["open voice shop", "reorder", "yes"]);
        await Assertions.Expect(replies.Nth(0).Locator(".speech")).ToHaveTextAsync("Hi Alex. You can reorder, check an order, or buy something. What would you like?");
        await Assertions.Expect(replies.Nth(1).Locator(".speech")).ToContainTextAsync("$31.47");
        await Assertions.Expect(replies.Nth(1).Locator(".intent")).ToHaveTextAsync("intent: ReorderIntent");
        var confirmed = replies.Nth(2);
        await Assertions.Expect(confirmed.Locator(".speech")).ToContainTextAsync("arrives Thursday");
        await Assertions.Expect(confirmed.Locator(".intent")).ToHaveTextAsync("intent: YesIntent");
        await Assertions.Expect(confirmed.Locator(".ended")).ToBeVisibleAsync();

        // The JSON panel is collapsed until opened from the keyboard, then shows the exact platform request and response.
        var requestPanel = confirmed.Locator("details.json-request");
        await Assertions.Expect(requestPanel.Locator("pre")).Not.ToBeVisibleAsync();
        await requestPanel.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(requestPanel.Locator("pre")).ToBeVisibleAsync();
        checkConfirmationRequest(JsonNode.Parse(await requestPanel.Locator("pre").InnerTextAsync())!.AsObject());
        var response = JsonNode.Parse(await confirmed.Locator("details.json-response pre").TextContentAsync() ?? "")!.AsObject();
        Assert.Contains("arrives Thursday", response.ToJsonString());
        Assert.Contains("<speak>", await confirmed.Locator("details.ssml pre").TextContentAsync());

        // Audio came back from the host's text-to-speech for every reply.
        await Assertions.Expect(page.Locator("audio[data-state=ready]")).ToHaveCountAsync(3);
        var bytes = int.Parse(await confirmed.Locator("audio").GetAttributeAsync("data-bytes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(bytes > 1000, $"The reply audio has only {bytes} bytes.");

        // The orders panel shows the new order, marked as new, and it is the one in the store.
        var orders = await host.Host.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None);
        Assert.Equal(ordersBefore + 1, orders.Count);
        await Assertions.Expect(page.Locator("#orders li")).ToHaveCountAsync(ordersBefore + 1);
        await Assertions.Expect(page.Locator($"#orders li.new[data-order-id='{orders[0].Id}']")).ToContainTextAsync("Placed");
        await Assertions.Expect(page.Locator("#messages li.message")).ToHaveCountAsync(messagesBefore + 1);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", $"console-{platform}-reorder.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(pageErrors);
    }

    private static async Task SayAsync(IPage page, string utterance, int expectedReplies)
    {
        await page.FocusAsync("#utterance");
        await page.Keyboard.TypeAsync(utterance);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("li.bubble.assistant")).ToHaveCountAsync(expectedReplies);
        await Assertions.Expect(page.Locator("li.bubble.assistant.error")).ToHaveCountAsync(0);
    }
}
