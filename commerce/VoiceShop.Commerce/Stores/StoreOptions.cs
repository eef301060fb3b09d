namespace VoiceShop.Commerce.Stores;

/// <summary>The <c>Store</c> configuration section: which store keeps the shop, and whether it starts with the demo.</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Store";

    /// <summary>Sqlite (embedded default), or Postgres (shared by many instances; needs ConnectionString).</summary>
    public string Provider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>
    /// Seed the demo catalog, the demo shopper (with her built-in tokens and caller id) and her orders into an
    /// empty store, and let the local gateway charge the demo cards. Off unless set: anyone who knows a
    /// built-in token could order with it. appsettings.Development.json turns it on.
    /// </summary>
    public bool SeedDemoData { get; set; }
}
