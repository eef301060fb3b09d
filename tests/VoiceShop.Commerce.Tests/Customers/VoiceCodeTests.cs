using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Commerce.Tests.Customers;

/// <summary>Voice codes are stored hashed, checked in constant time, and lock after three wrong tries.</summary>
public sealed class VoiceCodeTests
{
    [Fact]
    public void A_code_is_stored_as_a_salted_hash_that_only_the_right_digits_match()
    {
        var first = VoiceCodeHash.Create("2468");
        var second = VoiceCodeHash.Create("2468");

        Assert.DoesNotContain("2468", first);
        Assert.NotEqual(first, second);
        Assert.True(VoiceCodeHash.Verify("2468", first));
        Assert.True(VoiceCodeHash.Verify("2468", second));
        Assert.False(VoiceCodeHash.Verify("2469", first));
        Assert.False(VoiceCodeHash.Verify("24680", first));
        Assert.False(VoiceCodeHash.Verify(null, first));
        Assert.False(VoiceCodeHash.Verify("2468", "not a hash"));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("12a4")]
    [InlineData("")]
    public void Only_four_digits_make_a_code(string code)
    {
        Assert.Throws<ArgumentException>(() => VoiceCodeHash.Create(code));
    }

    [Fact]
    public async Task The_third_wrong_code_locks_until_the_lockout_ends_and_a_right_code_clears_the_count()
    {
        using var seeded = await SeededStore.CreateAsync();
        var gate = new VoiceCodeGate(seeded.Store, seeded.Clock, new PurchaseOptions());
        await gate.SetAsync(DemoData.DemoCustomerId, "2468", alwaysRequired: false, default);
        var stored = await seeded.Store.GetVoiceCodeAsync(DemoData.DemoCustomerId, default);
        Assert.DoesNotContain("2468", stored!.CodeHash);

        Assert.Equal(new VoiceCodeCheck.Wrong(2), await gate.CheckAsync(DemoData.Alex, "1111", default));
        Assert.IsType<VoiceCodeCheck.Accepted>(await gate.CheckAsync(DemoData.Alex, "2 4 6 8", default));
        Assert.Equal(new VoiceCodeCheck.Wrong(2), await gate.CheckAsync(DemoData.Alex, "1111", default));
        Assert.Equal(new VoiceCodeCheck.Wrong(1), await gate.CheckAsync(DemoData.Alex, "2222", default));
        var locked = Assert.IsType<VoiceCodeCheck.Locked>(await gate.CheckAsync(DemoData.Alex, "3333", default));
        Assert.Equal(seeded.Clock.GetCurrentInstant() + Duration.FromMinutes(15), locked.Until);

        Assert.IsType<VoiceCodeCheck.Locked>(await gate.CheckAsync(DemoData.Alex, "2468", default));
        Assert.IsType<VoiceCodeRequirement.Locked>(await gate.RequirementAsync(DemoData.Alex, new Money(1m, "USD"), default));

        seeded.Clock.Advance(Duration.FromMinutes(15) + Duration.FromSeconds(1));
        Assert.IsType<VoiceCodeRequirement.NotRequired>(await gate.RequirementAsync(DemoData.Alex, new Money(99.99m, "USD"), default));
        Assert.IsType<VoiceCodeRequirement.Required>(await gate.RequirementAsync(DemoData.Alex, new Money(100m, "USD"), default));
        Assert.IsType<VoiceCodeCheck.Accepted>(await gate.CheckAsync(DemoData.Alex, "2468", default));
    }
}
