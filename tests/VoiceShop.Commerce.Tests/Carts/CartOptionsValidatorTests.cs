using VoiceShop.Commerce.Carts;

namespace VoiceShop.Commerce.Tests.Carts;

/// <summary>A cart lifetime that would empty carts at once, or is surely a typo, stops the host at start-up.</summary>
public sealed class CartOptionsValidatorTests
{
    [Fact]
    public void The_default_week_is_accepted()
    {
        var options = new CartOptions();

        Assert.Equal(TimeSpan.FromDays(7), options.Lifetime);
        Assert.True(new CartOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(400)]
    public void A_lifetime_that_cannot_work_is_refused_naming_the_setting(int days)
    {
        var result = new CartOptionsValidator().Validate(null, new CartOptions { Lifetime = TimeSpan.FromDays(days) });

        Assert.True(result.Failed);
        Assert.Contains("Carts:Lifetime", result.FailureMessage, StringComparison.Ordinal);
    }
}
