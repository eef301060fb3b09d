using Microsoft.Extensions.Options;

namespace VoiceShop.Commerce.Carts;

/// <summary>
/// Refuses, at start-up, a cart lifetime that cannot work: a zero or negative one would empty every cart the
/// moment it was filled, which shoppers would hear as items vanishing.
/// </summary>
public sealed class CartOptionsValidator : IValidateOptions<CartOptions>
{
    /// <summary>The longest lifetime accepted; beyond a year it is surely a typo (days for minutes).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, CartOptions options) =>
        options.Lifetime > TimeSpan.Zero && options.Lifetime <= MaxLifetime
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CartOptions.Section}:Lifetime must be longer than zero and at most {MaxLifetime.TotalDays} days.");
}
