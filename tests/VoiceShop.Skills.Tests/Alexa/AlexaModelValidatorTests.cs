using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Alexa.InteractionModel;

namespace VoiceShop.Skills.Tests.Alexa;

public sealed class AlexaModelValidatorTests
{
    private static readonly AlexaModelFile Shipped =
        AlexaModelExporter.Export(InteractionModel.Load(), DemoData.Catalog(), PromptBook.Load());

    [Fact]
    public void The_shipped_model_passes_every_rule() =>
        Assert.Empty(AlexaModelValidator.Validate(Shipped));

    [Theory]
    [InlineData("shop", "at least two words")]
    [InlineData("Voice Shop", "lower-case letters")]
    [InlineData("ask voice shop", "must not contain \"ask\"")]
    [InlineData("alexa shopper", "must not contain \"alexa\"")]
    [InlineData("shop number 9", "lower-case letters")]
    public void Invocation_names_follow_amazons_rules(string name, string expected)
    {
        var file = Shipped with { InteractionModel = Shipped.InteractionModel with { LanguageModel = Shipped.InteractionModel.LanguageModel with { InvocationName = name } } };

        Assert.Contains(AlexaModelValidator.Validate(file), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("buy {colour} socks", "not a slot of the intent")]
    [InlineData("buy 2 {product}", "spell numbers out")]
    [InlineData("buy {product}?", "spell numbers out")]
    [InlineData("buy {product}s", "separate {product}")]
    [InlineData("where is my order", "in both OrderStatusIntent and BuyIntent")]
    public void Samples_follow_amazons_rules(string sample, string expected)
    {
        var file = WithBuySample(sample);

        Assert.Contains(AlexaModelValidator.Validate(file), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Overlong_samples_are_refused()
    {
        var file = WithBuySample("buy {product} " + string.Join(' ', Enumerable.Repeat("please", 40)));

        Assert.Contains(AlexaModelValidator.Validate(file), e => e.Contains("1 to 200 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_built_in_intents_are_reported()
    {
        var language = Shipped.InteractionModel.LanguageModel;
        var file = Shipped with { InteractionModel = Shipped.InteractionModel with { LanguageModel = language with { Intents = language.Intents.Where(i => i.Name != "AMAZON.StopIntent").ToList() } } };

        Assert.Contains("required built-in intent AMAZON.StopIntent is missing", AlexaModelValidator.Validate(file));
    }

    private static AlexaModelFile WithBuySample(string sample)
    {
        var language = Shipped.InteractionModel.LanguageModel;
        var intents = language.Intents.Select(i => i.Name == "BuyIntent" ? i with { Samples = [.. i.Samples, sample] } : i).ToList();
        return Shipped with { InteractionModel = Shipped.InteractionModel with { LanguageModel = language with { Intents = intents } } };
    }
}
