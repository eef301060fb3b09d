using System.Xml.Linq;
using NodaTime;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Tests;

public sealed class SpeechTreeTests
{
    private static readonly LocalDate Tuesday = new(2026, 11, 24);

    [Fact]
    public void Text_that_looks_like_markup_is_escaped_and_stays_well_formed()
    {
        var ssml = SsmlRenderer.ToSsml(new SpeechNode.Text("Tom & Jerry <audio src=\"x\"/> </speak>"), SsmlDialect.Alexa, SpeechLocale.EnUs);

        var speak = XElement.Parse(ssml);
        Assert.Equal("speak", speak.Name.LocalName);
        Assert.Empty(speak.Elements());
        Assert.Equal("Tom & Jerry <audio src=\"x\"/> </speak>", speak.Value);
    }

    [Fact]
    public void Pauses_are_capped_at_the_dialect_limit_and_digits_are_read_one_by_one()
    {
        var ssml = SsmlRenderer.ToSsml(
            new SpeechNode.Sequence([new SpeechNode.Pause(60_000), new SpeechNode.Digits("1024")]),
            SsmlDialect.Alexa,
            SpeechLocale.EnUs);

        Assert.Equal("<speak><break time=\"10000ms\"/><say-as interpret-as=\"digits\">1024</say-as></speak>", ssml);
    }

    [Theory]
    [InlineData(12.99, "USD", "$12.99")]
    [InlineData(179, "USD", "$179")]
    [InlineData(1234.5, "USD", "$1,234.50")]
    [InlineData(4.5, "GBP", "£4.50")]
    [InlineData(10, "CHF", "10 CHF")]
    public void Money_is_said_as_people_say_it(decimal amount, string currency, string expected)
    {
        Assert.Equal(expected, SsmlRenderer.ToPlainText(new SpeechNode.Amount(amount, currency), SpeechLocale.EnUs));
    }

    [Theory]
    [InlineData(0, false, "today")]
    [InlineData(1, false, "tomorrow")]
    [InlineData(-1, true, "yesterday")]
    [InlineData(2, false, "Thursday")]
    [InlineData(3, true, "on Friday")]
    [InlineData(-2, true, "on Sunday")]
    [InlineData(9, true, "on December 3rd")]
    public void Days_are_relative_to_today(int offset, bool withPreposition, string expected)
    {
        Assert.Equal(expected, SsmlRenderer.ToPlainText(new SpeechNode.Day(Tuesday.PlusDays(offset), Tuesday, withPreposition), SpeechLocale.EnUs));
    }

    [Fact]
    public void British_dates_put_the_day_first()
    {
        Assert.Equal("3rd December", SpeechLocale.EnGb.Day(new LocalDate(2026, 12, 3), Tuesday, withPreposition: false));
    }

    [Fact]
    public void Lists_end_with_and()
    {
        var list = new SpeechNode.List(["paper towels", "coffee pods", "oat milk"]);

        Assert.Equal("paper towels, coffee pods and oat milk", SsmlRenderer.ToPlainText(list, SpeechLocale.EnUs));
    }

    [Fact]
    public void A_prompt_template_needs_every_placeholder()
    {
        var filled = Template.Fill("Your {items} arrive {day}.", new Dictionary<string, SpeechNode> { ["items"] = "coffee pods", ["day"] = "tomorrow" });

        Assert.Equal("Your coffee pods arrive tomorrow.", SsmlRenderer.ToPlainText(filled, SpeechLocale.EnUs));
        Assert.Throws<KeyNotFoundException>(() => Template.Fill("Hi {name}."));
    }
}
