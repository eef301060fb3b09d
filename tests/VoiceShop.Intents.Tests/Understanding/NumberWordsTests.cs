using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Tests.Understanding;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("two", 2)]
    [InlineData("a couple of", 2)]
    [InlineData("a couple of dozen", 24)]
    [InlineData("half a dozen", 6)]
    [InlineData("a dozen", 12)]
    [InlineData("twenty five", 25)]
    [InlineData("a hundred and fifty", 150)]
    [InlineData("two thousand three hundred and four", 2304)]
    [InlineData("19.99", 19.99)]
    public void Reads_numbers_as_shoppers_say_them(string text, double value)
    {
        var mention = Assert.Single(NumberWords.Find(text.Split(' ')));

        Assert.Equal((decimal)value, mention.Value);
        Assert.Equal(text.Split(' ').Length, mention.End - mention.Start);
    }

    [Fact]
    public void Separate_numbers_stay_separate() =>
        Assert.Equal([2m, 3m], NumberWords.Find("two three".Split(' ')).Select(m => m.Value));

    [Fact]
    public void The_one_you_point_at_is_not_a_number() =>
        Assert.Empty(NumberWords.Find("the black one".Split(' ')));
}
