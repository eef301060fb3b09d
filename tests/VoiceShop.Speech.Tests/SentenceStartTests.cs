using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Tests;

/// <summary>
/// A prompt that opens with a placeholder reads as written English: "Two orders are on the way", "A pack of AA
/// batteries, $8.99", not "2 orders…" or "a pack…". Mid-sentence counts stay digits ("2 packs").
/// </summary>
public sealed class SentenceStartTests
{
    private static readonly SpeechLocale EnUs = SpeechLocale.EnUs;

    [Fact]
    public void A_leading_count_is_written_as_a_capitalized_word()
    {
        var speech = Template.Fill("{count} orders are on the way.", new Dictionary<string, SpeechNode> { ["count"] = new SpeechNode.Number(2) });

        Assert.Equal("Two orders are on the way.", SsmlRenderer.ToPlainText(speech, EnUs));
        Assert.Equal("<speak>Two orders are on the way.</speak>", SsmlRenderer.ToSsml(speech, SsmlDialect.Alexa, EnUs));
    }

    [Fact]
    public void A_leading_item_list_starts_with_a_capital_and_later_counts_stay_digits()
    {
        var items = new SpeechNode.List([new SpeechNode.Quantity(1, "pack"), new SpeechNode.Quantity(3, "box")]);
        var speech = Template.Fill("{items}, {total}. Shall I order them?", new Dictionary<string, SpeechNode>
        {
            ["items"] = items,
            ["total"] = new SpeechNode.Amount(8.99m, "USD"),
        });

        Assert.Equal("A pack and 3 boxes, $8.99. Shall I order them?", SsmlRenderer.ToPlainText(speech, EnUs));
        Assert.Equal("Two packs", SsmlRenderer.ToPlainText(new SpeechNode.SentenceStart(new SpeechNode.Quantity(2, "pack")), EnUs));
    }

    [Theory]
    [InlineData("Done. {items} arrive {day}.", "Done. Paper towels arrive tomorrow.")]
    [InlineData("Your {items} arrive {day}.", "Your paper towels arrive tomorrow.")]
    [InlineData("Sure? {items} arrive {day}.", "Sure? Paper towels arrive tomorrow.")]
    public void Only_placeholders_that_open_a_sentence_are_capitalized(string template, string expected)
    {
        var speech = Template.Fill(template, new Dictionary<string, SpeechNode>
        {
            ["items"] = new SpeechNode.Name("paper towels"),
            ["day"] = "tomorrow",
        });

        Assert.Equal(expected, SsmlRenderer.ToPlainText(speech, EnUs));
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(2, "two")]
    [InlineData(13, "thirteen")]
    [InlineData(20, "twenty")]
    [InlineData(21, "twenty-one")]
    [InlineData(99, "ninety-nine")]
    [InlineData(100, "100")]
    [InlineData(1200, "1,200")]
    public void Numbers_in_words_up_to_ninety_nine(long value, string expected)
    {
        Assert.Equal(expected, EnUs.NumberInWords(value));
    }
}
