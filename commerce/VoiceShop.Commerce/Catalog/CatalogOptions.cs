namespace VoiceShop.Commerce.Catalog;

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Catalog";

    /// <summary>A catalog JSON file imported at start-up, when set.</summary>
    public string? ImportPath { get; set; }
}
