using System.Text.Json;
using System.Text.RegularExpressions;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Tests;

/// <summary>
/// The prompt files: every reply has a brief form fit for a driver, and every locale says every prompt with
/// the same placeholders, so that no handler ever meets a missing value.
/// </summary>
public sealed partial class PromptBookTests
{
    private static readonly PromptBook Prompts = PromptBook.Load();

    public static TheoryData<string> Locales => ["en-US", "en-GB"];

    private static readonly string[] Platforms = ["alexa", "dialogflow", "text", "voice"];

    [Fact]
    public void Both_english_locales_are_shipped()
    {
        Assert.Contains("en-US", Prompts.Locales);
        Assert.Contains("en-GB", Prompts.Locales);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_brief_reply_is_short_and_needs_no_screen(string locale)
    {
        foreach (var key in BaseKeys("en-US").Where(k => k != "order.cardTitle"))
        {
            foreach (var platform in Platforms)
            {
                var brief = Prompts.Text(locale, key, platform, brief: true);
                var full = Prompts.Text(locale, key, platform, brief: false);
                Assert.True(brief.Length <= full.Length, $"{locale} {key}: the brief form is longer than the full one");
                Assert.True(Sentences(brief) <= 2, $"{locale} {key}: \"{brief}\" has more than two sentences");
                Assert.True(Spoken(brief).Length <= 75, $"{locale} {key}: \"{brief}\" is too long for a driver");
                Assert.False(ScreenOnly().IsMatch(brief), $"{locale} {key}: \"{brief}\" points at a screen a driver cannot look at");
            }
        }
    }

    [Fact]
    public void En_gb_prompts_are_en_us_prompts_with_the_same_placeholders()
    {
        var us = Raw("en-US");
        var gb = Raw("en-GB");

        // en-GB may lag behind en-US (missing prompts fall back to en-US), but never invents a prompt or a placeholder.
        Assert.Empty(gb.Keys.Except(us.Keys));
        Assert.True(gb.Count >= 50, $"en-GB has only {gb.Count} prompts");
        foreach (var (key, british) in gb)
        {
            Assert.Equal(Placeholders(us[key]), Placeholders(british));
        }
    }

    [Fact]
    public void En_gb_says_dates_day_first_on_cards_and_in_speech()
    {
        var locale = VoiceShop.Speech.Phrasing.SpeechLocale.For("en-GB");

        Assert.Equal("3rd December", locale.CalendarDate(new NodaTime.LocalDate(2026, 12, 3)));
    }

    private static IEnumerable<string> BaseKeys(string locale) =>
        Raw(locale).Keys.Where(k => !k.EndsWith(".brief", StringComparison.Ordinal) && !Platforms.Any(p => k.EndsWith("." + p, StringComparison.Ordinal)));

    private static Dictionary<string, string> Raw(string locale)
    {
        using var stream = typeof(PromptBook).Assembly.GetManifestResourceStream($"VoiceShop.Intents.Prompts.{locale}.json")!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }

    private static string Spoken(string template) => Placeholder().Replace(template, "xxxxxxxx");

    private static int Sentences(string text) => SentenceEnd().Matches(Spoken(text).TrimEnd() + " ").Count;

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(app|screen|sent a card)\b")]
    private static partial Regex ScreenOnly();

    [GeneratedRegex(@"[.?!](?=\s)")]
    private static partial Regex SentenceEnd();
}
