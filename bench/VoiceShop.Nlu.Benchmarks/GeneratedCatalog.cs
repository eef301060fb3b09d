using VoiceShop.Commerce;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Nlu.Benchmarks;

/// <summary>
/// A deterministic catalog of any size: the demo catalog (so the benchmark utterances name real products)
/// plus generated products built from brands, materials, colours and nouns, with synonyms and attributes,
/// so that words repeat across thousands of products the way they do in a real shop.
/// </summary>
public static class GeneratedCatalog
{
    private static readonly string[] Brands =
    [
        "acme", "northwind", "contoso", "fabrikam", "tailspin", "litware", "adventure works", "proseware", "wingtip", "fourth coffee",
        "alpine", "coho", "lucerne", "margie", "humongous", "blue yonder", "woodgrove", "trey", "wide world", "graphic design",
    ];

    private static readonly string[] Materials = ["cotton", "bamboo", "steel", "ceramic", "glass", "wool", "leather", "plastic", "organic", "recycled", "stainless", "nylon"];

    private static readonly string[] Colours = ["black", "white", "grey", "blue", "red", "green", "yellow", "pink", "brown", "silver"];

    private static readonly string[] Nouns =
    [
        "towel", "mug", "water bottle", "backpack", "lamp", "pillow", "blanket", "frying pan", "cutting board", "notebook", "pen set", "phone case",
        "desk chair", "rug", "curtain", "shower curtain", "bath mat", "laundry basket", "storage box", "picture frame", "candle", "plant pot",
        "yoga mat", "dumbbell", "tent", "sleeping bag", "hiking boots", "running shoes", "rain boots", "scarf", "beanie", "gloves", "sweater",
        "hoodie", "t shirt", "jeans", "shorts", "dress", "jacket", "vest", "dog bed", "cat toy", "bird feeder", "garden hose", "shovel",
        "drill", "screwdriver set", "hammer", "tape measure", "extension cord", "power bank", "keyboard", "mouse", "monitor stand", "headphones",
        "speaker", "charger", "blender", "toaster", "kettle", "coffee grinder", "teapot", "wine glasses", "plates", "bowls", "cutlery set",
    ];

    /// <summary>The demo catalog plus generated products, <paramref name="count"/> in all.</summary>
    public static IReadOnlyList<Product> Create(int count)
    {
        var random = new Random(20261124);
        var products = new List<Product>(DemoData.Catalog());
        for (var i = products.Count; i < count; i++)
        {
            var brand = Brands[random.Next(Brands.Length)];
            var material = Materials[random.Next(Materials.Length)];
            var colour = Colours[random.Next(Colours.Length)];
            var noun = Nouns[random.Next(Nouns.Length)];
            var attributes = new Dictionary<string, string> { ["colour"] = colour, ["material"] = material };
            if (random.Next(4) == 0)
            {
                attributes["waterproof"] = "true";
            }

            if (random.Next(3) == 0)
            {
                attributes["size"] = (6 + random.Next(8)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var price = Math.Round((decimal)(random.NextDouble() * 300) + 1m, 2);
            products.Add(new Product(
                $"GEN-{i:D5}",
                $"{brand} {material} {noun}",
                [$"{colour} {noun}", $"{brand} {noun}"],
                new Money(price, Money.DefaultCurrency),
                "general",
                attributes,
                random.Next(0, 500)));
        }

        return products;
    }
}
