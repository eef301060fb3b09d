using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceShop.Commerce;
using VoiceShop.Commerce.Purchasing;

namespace VoiceShop.Functions.Tests.Production;

/// <summary>
/// Settings that cannot work are refused by the start-up check <c>AddCommerce</c> registers (the host runs it
/// before serving), with a message naming the setting, instead of surfacing later as every shopper's order
/// failing. Checked through the registered validator itself: a host whose start fails races the test
/// factory's own shutdown, which would make the test flaky rather than the check.
/// </summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public void An_unknown_store_provider_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => StartUpCheck(("Store:Provider", "Oracle")));

        Assert.Contains("Store:Provider \"Oracle\" is not known; use Sqlite or Postgres.", error.Message);
    }

    [Theory]
    [InlineData("Purchasing:MaxQuantityPerLine", "0")]
    [InlineData("Purchasing:PlacementsPerMinute", "0")]
    [InlineData("Purchasing:PlacementsPerMinutePerAddress", "0")]
    [InlineData("Purchasing:DailySpendingLimit", "-1")]
    public void An_impossible_purchase_limit_is_refused_naming_the_setting(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => StartUpCheck((key, value)));

        Assert.Contains(key + " must", error.Message);
    }

    [Fact]
    public void The_shipped_defaults_pass()
    {
        StartUpCheck();
    }

    [Fact]
    public void The_real_host_binds_its_settings_from_their_sections()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Purchasing:MaxQuantityPerLine"] = "7" });
        using var client = host.CreateClient();

        Assert.Equal(7, host.Services.GetRequiredService<PurchaseOptions>().MaxQuantityPerLine);
        Assert.Same(host.Services.GetRequiredService<IOptions<PurchaseOptions>>().Value, host.Services.GetRequiredService<PurchaseOptions>());
    }

    private static void StartUpCheck(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        using var services = new ServiceCollection().AddCommerce(configuration, Path.GetTempPath()).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }
}
