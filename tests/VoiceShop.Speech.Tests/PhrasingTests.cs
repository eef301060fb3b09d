using NodaTime;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Tests;

public sealed class PhrasingTests
{
    private static readonly LocalDate Tuesday = new(2026, 11, 24);

    [Theory]
    [InlineData("en-US", 12.99, "USD", "$12.99")]
    [InlineData("en-US", 179, "USD", "$179")]
    [InlineData("en-US", 1234.5, "USD", "$1,234.50")]
    [InlineData("en-GB", 4.5, "GBP", "£4.50")]
    [InlineData("en-GB", 10, "EUR", "€10")]
    [InlineData("en-US", 12.99, "CHF", "12.99 CHF")]
    public void Money_is_written_by_currency(string locale, decimal amount, string currency, string expected)
    {
        Assert.Equal(expected, SpeechLocale.For(locale).Money(amount, currency));
    }

    [Theory]
    [InlineData("en-US", 12.99, "USD", "12 dollars and 99 cents")]
    [InlineData("en-US", 1, "USD", "1 dollar")]
    [InlineData("en-US", 0.01, "USD", "0 dollars and 1 cent")]
    [InlineData("en-GB", 4.5, "GBP", "4 pounds 50")]
    [InlineData("en-US", 2.3, "EUR", "2 euros and 30 cents")]
    public void Money_in_words_is_said_the_way_the_locale_says_it(string locale, decimal amount, string currency, string expected)
    {
        Assert.Equal(expected, SpeechLocale.For(locale).MoneyInWords(amount, currency));
    }

    [Fact]
    public void Espeak_hears_money_in_words_and_the_platforms_hear_symbols()
    {
        var speech = new SpeechNode.Amount(12.99m, "USD");

        Assert.Contains("12 dollars and 99 cents", SsmlRenderer.ToSsml(speech, SsmlDialect.Espeak, SpeechLocale.EnUs));
        Assert.Equal("<speak>$12.99</speak>", SsmlRenderer.ToSsml(speech, SsmlDialect.Alexa, SpeechLocale.EnUs));
    }

    [Theory]
    [InlineData("en-US", 0, false, "today")]
    [InlineData("en-US", 1, false, "tomorrow")]
    [InlineData("en-US", -1, true, "yesterday")]
    [InlineData("en-US", 2, true, "on Thursday")]
    [InlineData("en-US", 2, false, "Thursday")]
    [InlineData("en-US", 9, true, "on December 3rd")]
    [InlineData("en-GB", 9, true, "on 3rd December")]
    [InlineData("en-GB", 17, false, "11th December")]
    [InlineData("en-GB", 28, false, "22nd December")]
    public void Days_are_relative_to_today_and_dates_follow_the_locale(string locale, int days, bool preposition, string expected)
    {
        Assert.Equal(expected, SpeechLocale.For(locale).Day(Tuesday.PlusDays(days), Tuesday, preposition));
    }

    [Theory]
    [InlineData(1, "pack", null, "a pack")]
    [InlineData(2, "pack", null, "2 packs")]
    [InlineData(1, "egg carton", null, "an egg carton")]
    [InlineData(3, "box", null, "3 boxes")]
    [InlineData(2, "battery", null, "2 batteries")]
    [InlineData(2, "loaf", "loaves", "2 loaves")]
    [InlineData(1200, "bag", null, "1,200 bags")]
    public void Quantities_take_the_right_plural(long count, string singular, string? plural, string expected)
    {
        Assert.Equal(expected, SpeechLocale.EnUs.Quantity(count, singular, plural));
    }

    [Theory]
    [InlineData("Salt & Pepper", "Salt and Pepper")]
    [InlineData("Shampoo + Conditioner", "Shampoo plus Conditioner")]
    [InlineData("Brillo® Pads™", "Brillo Pads")]
    [InlineData("AC/DC Adapter", "AC DC Adapter")]
    [InlineData("Milk 1/2 gallon", "Milk half gallon")]
    [InlineData("Pipe 3/8 inch", "Pipe 3 over 8 inch")]
    [InlineData("2% Milk", "2 percent Milk")]
    [InlineData("Pencil #2", "Pencil number 2")]
    [InlineData("Plain name", "Plain name")]
    public void Symbols_in_names_are_said_as_words(string name, string expected)
    {
        Assert.Equal(expected, SpokenSymbols.Say(name));
    }

    [Fact]
    public void Lists_end_with_and()
    {
        var list = new SpeechNode.List(["paper towels", "coffee pods", "oat milk"]);

        Assert.Equal("paper towels, coffee pods and oat milk", SsmlRenderer.ToPlainText(list, SpeechLocale.EnUs));
        Assert.Equal("oat milk", SsmlRenderer.ToPlainText(new SpeechNode.List(["oat milk"]), SpeechLocale.EnUs));
    }
}
