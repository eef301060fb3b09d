namespace VoiceShop.Commerce.Catalog;

/// <summary>
/// One sellable item. <see cref="Name"/> is what a shopper says and hears ("paper towels");
/// <see cref="Unit"/> is how it is counted aloud ("pack", so "2 packs of paper towels"); an empty unit
/// means the product is counted by itself ("a winter jacket").
/// </summary>
public sealed record Product(
    string Sku,
    string Name,
    IReadOnlyList<string> Synonyms,
    Money Price,
    string Category,
    IReadOnlyDictionary<string, string> Attributes,
    int Stock,
    string Unit = "",
    int DeliveryDays = 2)
{
    /// <summary>Whether <paramref name="quantity"/> can be shipped from current stock.</summary>
    public bool HasStockFor(int quantity) => Stock >= quantity;
}
