using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Tests.Understanding;

public sealed class SpokenTextTests
{
    [Theory]
    [InlineData("Alexa, where's my order?", "where is my order")]
    [InlineData("hey google um buy uh paper towels please", "buy paper towels")]
    [InlineData("ask voice shop to reorder", "reorder")]
    [InlineData("Buy a jacket under $1,200.50!", "buy a jacket under 1200.50 dollars")]
    [InlineData("I'd like to RE-ORDER", "i would like to reorder")]
    public void Speech_noise_is_removed_and_contractions_spelled_out(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', SpokenText.Words(text)));
}
