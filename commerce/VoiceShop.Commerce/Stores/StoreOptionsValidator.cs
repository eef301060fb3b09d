using Microsoft.Extensions.Options;

namespace VoiceShop.Commerce.Stores;

/// <summary>The stores VoiceShop can keep its data in.</summary>
public enum StoreKind
{
    Unknown,
    Sqlite,
    Postgres,
}

/// <summary>Refuses, at start-up, a <c>Store</c> section naming a store VoiceShop does not have.</summary>
public sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    /// <summary>The store <paramref name="provider"/> names (case-insensitive; PostgreSQL is accepted for Postgres).</summary>
    public static StoreKind Kind(string? provider) => provider?.ToLowerInvariant() switch
    {
        "sqlite" => StoreKind.Sqlite,
        "postgres" or "postgresql" => StoreKind.Postgres,
        _ => StoreKind.Unknown,
    };

    /// <summary>The message for a provider that is not known.</summary>
    public static string UnknownProvider(string? provider) => $"Store:Provider \"{provider}\" is not known; use Sqlite or Postgres.";

    public ValidateOptionsResult Validate(string? name, StoreOptions options) => Kind(options.Provider) == StoreKind.Unknown
        ? ValidateOptionsResult.Fail(UnknownProvider(options.Provider))
        : ValidateOptionsResult.Success;
}
