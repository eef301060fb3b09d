using System.Globalization;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// The products a turn asks for, read from its product slot as a list ("oat milk and two packs of paper
/// towels") and looked up in the catalog: what was found with its quantity, what we do not sell (named back to
/// the shopper), and the first name that fits several products (asked about, never guessed).
/// </summary>
internal sealed record RequestedItems(
    IReadOnlyList<(Product Product, int Quantity)> Found,
    IReadOnlyList<string> Unknown,
    ProductMatch.Ambiguous? Ambiguous)
{
    /// <summary>Whether the turn named no product at all.</summary>
    public bool NamedNothing => Found.Count == 0 && Unknown.Count == 0 && Ambiguous is null;

    /// <summary>Reads and resolves the products <paramref name="turn"/> names, against <paramref name="products"/>.</summary>
    public static RequestedItems Read(Turn turn, IReadOnlyList<Product> products)
    {
        if (turn.Slot(SlotNames.Product) is not { } slot)
        {
            return new RequestedItems([], [], null);
        }

        var spoken = slot.Spoken ?? slot.ResolvedName ?? slot.ResolvedId ?? "";
        var items = SpokenItemList.Read(spoken, HeardQuantity(turn), Units(products));
        if (items.Count == 0)
        {
            items = [new SpokenItem(spoken, HeardQuantity(turn))];
        }

        var found = new List<(Product Product, int Quantity)>();
        var unknown = new List<string>();
        ProductMatch.Ambiguous? ambiguous = null;
        foreach (var item in items)
        {
            // A platform's resolved id names the whole slot, so it only holds when the slot is one product.
            var sku = items.Count == 1 ? slot.ResolvedId : null;
            switch (ProductResolver.Resolve(products, sku, item.Name))
            {
                case ProductMatch.Found { Product: var product }:
                    var at = found.FindIndex(f => f.Product.Sku == product.Sku);
                    var quantity = item.Quantity ?? 1;
                    if (at >= 0)
                    {
                        found[at] = (product, found[at].Quantity + quantity);
                    }
                    else
                    {
                        found.Add((product, quantity));
                    }

                    break;
                case ProductMatch.Ambiguous several:
                    ambiguous ??= several;
                    break;
                default:
                    unknown.Add(item.Name);
                    break;
            }
        }

        return new RequestedItems(found, unknown, ambiguous);
    }

    /// <summary>The quantity slot, when a whole number was heard; null when none (or nothing usable) was.</summary>
    public static int? HeardQuantity(Turn turn) =>
        turn.Slot(SlotNames.Quantity) is { Spoken: { } spoken } && int.TryParse(spoken.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity)
            ? quantity
            : null;

    private static HashSet<string> Units(IReadOnlyList<Product> products) =>
        products.Where(p => p.Unit.Length > 0).Select(p => SpokenName.Singular(p.Unit.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
}
