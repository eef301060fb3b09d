using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Tests;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Handlers;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Intents.Tests;

/// <summary>Delivery days are spoken in the shopper's own zone, whatever the date is in UTC.</summary>
public sealed class TimeZoneTests : IAsyncLifetime
{
    private readonly TempSqliteStore _temp = new();

    public Task InitializeAsync() => _temp.InitializeAsync();

    public Task DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task Due_tomorrow_in_Los_Angeles_is_tomorrow_while_UTC_is_already_on_that_day()
    {
        // 03:00 UTC on Wednesday 25 November is still 19:00 on Tuesday 24 November in Los Angeles.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 3, 0));
        await DemoData.SeedIfEmptyAsync(_temp.Store, clock, CancellationToken.None);
        var shippedOrder = (await _temp.Store.GetOrdersAsync(DemoData.DemoCustomerId, CancellationToken.None))[0];
        Assert.Equal(new LocalDate(2026, 11, 25), shippedOrder.ExpectedDelivery);

        var reply = await EngineWith(clock).HandleAsync(Turn(IntentNames.OrderStatus), CancellationToken.None);

        Assert.Equal(
            "Your paper towels and coffee pods shipped yesterday and arrive tomorrow.",
            SsmlRenderer.ToPlainText(reply.Speech, SpeechLocale.EnUs));
    }

    [Fact]
    public async Task The_same_instant_read_in_UTC_would_have_said_today()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 3, 0));

        Assert.Equal("today", SpeechLocale.EnUs.Day(new LocalDate(2026, 11, 25), clock.GetCurrentInstant().InUtc().Date, withPreposition: false));
        Assert.Equal("tomorrow", SpeechLocale.EnUs.Day(new LocalDate(2026, 11, 25), clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]).Date, withPreposition: false));
    }

    private ConversationEngine EngineWith(IClock clock)
    {
        IIntentHandler[] handlers = [new OrderStatusHandler(_temp.Store), new FallbackHandler()];
        return new ConversationEngine(handlers, _temp.Store, PromptBook.Load(), clock, NullLogger<ConversationEngine>.Instance);
    }

    private static Turn Turn(string intent) => new(
        "alexa", "en-US", "session-1", "request-1", intent, new Dictionary<string, SlotValue>(), Confirmation.None,
        new Commerce.Customers.PlatformIdentity("alexa", DemoData.DemoAccessToken), DialogState.Empty, DeviceProfile.SmartSpeaker);
}
