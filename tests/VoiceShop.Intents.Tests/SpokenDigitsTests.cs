using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Tests;

public sealed class SpokenDigitsTests
{
    [Theory]
    [InlineData("one two three four", "1234")]
    [InlineData("my code is 4 3 2 1", "4321")]
    [InlineData("1234", "1234")]
    [InlineData("oh five oh nine", "0509")]
    [InlineData("one two three", null)]
    [InlineData("one two three four five", null)]
    [InlineData("buy paper towels", null)]
    public void Reads_a_four_digit_code_said_digit_by_digit(string text, string? expected)
    {
        Assert.Equal(expected, SpokenDigits.FourDigitCode(text.Split(' ')));
    }
}
