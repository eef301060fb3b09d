using VoiceShop.Commerce;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.DevConsole;

/// <summary>
/// The shoppers a developer can speak as: the demo shopper (linked on Alexa, Google and VoiceShop's own channels with the demo token,
/// so the same history is heard on every platform) or a brand-new shopper with no orders.
/// </summary>
public sealed class ConsoleShoppers(ICustomerStore customers)
{
    /// <summary>The demo shopper, with the Google link added if the store lacks it.</summary>
    public async Task<ConsoleShopperResult> DemoAsync(CancellationToken cancellationToken)
    {
        var alex = await customers.GetCustomerAsync(DemoData.DemoCustomerId, cancellationToken) ?? DemoData.Alex;
        await LinkEverywhereAsync(alex.Id, DemoData.DemoAccessToken, cancellationToken);
        return new ConsoleShopperResult(alex.Id, alex.Name, DemoData.DemoAccessToken);
    }

    /// <summary>A new shopper with the demo shopper's address and card but no orders, linked with a fresh token.</summary>
    public async Task<ConsoleShopperResult> CreateAsync(CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var customer = new Customer(
            $"cust-console-{suffix}",
            "Sam",
            DemoData.Alex.TimeZoneId,
            DemoData.Alex.ShippingAddress,
            DemoData.Alex.PaymentToken,
            new Money(200m, Money.DefaultCurrency));
        await customers.SaveCustomerAsync(customer, cancellationToken);
        var token = $"console-token-{suffix}";
        await LinkEverywhereAsync(customer.Id, token, cancellationToken);
        return new ConsoleShopperResult(customer.Id, customer.Name, token);
    }

    private async Task LinkEverywhereAsync(string customerId, string token, CancellationToken cancellationToken)
    {
        await customers.LinkIdentityAsync(customerId, new PlatformIdentity(PlatformIdentity.Alexa, token), cancellationToken);
        await customers.LinkIdentityAsync(customerId, new PlatformIdentity(PlatformIdentity.Google, token), cancellationToken);
        await customers.LinkIdentityAsync(customerId, new PlatformIdentity(PlatformIdentity.VoiceShop, token), cancellationToken);
    }
}
