using System.Globalization;
using System.Text.Json;

namespace VoiceShop.Commerce.Catalog;

/// <summary>
/// Reads a catalog import file: a JSON array of
/// <c>{"sku", "name", "synonyms"?, "price", "currency"?, "category"?, "attributes"?, "stock"?, "unit"?, "deliveryDays"?}</c>.
/// Every entry is checked before anything is returned, and each problem names the entry's index, so that a
/// bad file can be fixed in one pass and is never half-imported.
/// </summary>
public static class CatalogFile
{
    /// <summary>Parses <paramref name="json"/>; either products or errors, never both.</summary>
    public static CatalogParseResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return new CatalogParseResult([], [$"not valid JSON: {ex.Message}"]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new CatalogParseResult([], ["the file must hold a JSON array of products"]);
            }

            var products = new List<Product>();
            var errors = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                var entryErrors = new List<string>();
                var product = ParseEntry(entry, entryErrors);
                // Checked on the raw sku so that a duplicate is reported even when the entry has other errors.
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("sku", out var skuValue)
                    && skuValue.ValueKind == JsonValueKind.String && skuValue.GetString()!.Trim() is { Length: > 0 } sku
                    && !seen.Add(sku))
                {
                    entryErrors.Add($"duplicate sku \"{sku}\"");
                }

                errors.AddRange(entryErrors.Select(e => $"[{index}] {e}"));
                if (entryErrors.Count == 0 && product is not null)
                {
                    products.Add(product);
                }

                index++;
            }

            return errors.Count > 0 ? new CatalogParseResult([], errors) : new CatalogParseResult(products, []);
        }
    }

    private static Product? ParseEntry(JsonElement entry, List<string> errors)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors.Add("must be an object");
            return null;
        }

        var sku = RequiredString(entry, "sku", errors);
        var name = RequiredString(entry, "name", errors);
        var price = Price(entry, errors);
        var currency = OptionalString(entry, "currency", errors) ?? Money.DefaultCurrency;
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add($"currency \"{currency}\" is not an ISO 4217 code such as USD");
        }

        var stock = OptionalInt(entry, "stock", errors) ?? 100;
        if (stock < 0)
        {
            errors.Add("stock must not be negative");
        }

        var deliveryDays = OptionalInt(entry, "deliveryDays", errors) ?? 2;
        if (deliveryDays is < 0 or > 60)
        {
            errors.Add("deliveryDays must be between 0 and 60");
        }

        var synonyms = Synonyms(entry, errors);
        var attributes = Attributes(entry, errors);
        var category = OptionalString(entry, "category", errors) ?? "general";
        var unit = OptionalString(entry, "unit", errors) ?? "";
        if (errors.Count > 0 || sku is null || name is null || price is null)
        {
            return null;
        }

        return new Product(sku, name, synonyms, new Money(price.Value, currency), category, attributes, stock, unit, deliveryDays);
    }

    private static string? RequiredString(JsonElement entry, string property, List<string> errors)
    {
        var value = OptionalString(entry, property, errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"\"{property}\" is required");
            return null;
        }

        return value.Trim();
    }

    private static string? OptionalString(JsonElement entry, string property, List<string> errors)
    {
        if (!entry.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"\"{property}\" must be a string");
            return null;
        }

        return value.GetString();
    }

    private static int? OptionalInt(JsonElement entry, string property, List<string> errors)
    {
        if (!entry.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            errors.Add($"\"{property}\" must be a whole number");
            return null;
        }

        return number;
    }

    private static decimal? Price(JsonElement entry, List<string> errors)
    {
        if (!entry.TryGetProperty("price", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add("\"price\" is required");
            return null;
        }

        var price = 0m;
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out price),
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out price),
            _ => false,
        };
        if (!parsed || price <= 0 || price > 1_000_000m || decimal.Round(price, 2) != price)
        {
            errors.Add($"\"price\" must be a positive amount with at most two decimals, not {value.GetRawText()}");
            return null;
        }

        return price;
    }

    private static IReadOnlyList<string> Synonyms(JsonElement entry, List<string> errors)
    {
        if (!entry.TryGetProperty("synonyms", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
        {
            errors.Add("\"synonyms\" must be an array of strings");
            return [];
        }

        return value.EnumerateArray().Select(s => s.GetString()!.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static IReadOnlyDictionary<string, string> Attributes(JsonElement entry, List<string> errors)
    {
        if (!entry.TryGetProperty("attributes", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new Dictionary<string, string>();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add("\"attributes\" must be an object");
            return new Dictionary<string, string>();
        }

        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in value.EnumerateObject())
        {
            switch (attribute.Value.ValueKind)
            {
                case JsonValueKind.String:
                    attributes[attribute.Name] = attribute.Value.GetString()!;
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    attributes[attribute.Name] = attribute.Value.GetBoolean() ? "true" : "false";
                    break;
                case JsonValueKind.Number:
                    attributes[attribute.Name] = attribute.Value.GetRawText();
                    break;
                default:
                    errors.Add($"attribute \"{attribute.Name}\" must be a string, number or boolean");
                    break;
            }
        }

        return attributes;
    }
}

/// <summary>The products read from a catalog file, or why it was refused.</summary>
public sealed record CatalogParseResult(IReadOnlyList<Product> Products, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
