using System.Globalization;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Skills.Alexa.Model;

namespace VoiceShop.Skills.Alexa;

/// <summary>
/// Answers Alexa's name-free "could you handle this?" (<c>CanFulfillIntentRequest</c>), which Alexa and Alexa+
/// use to decide whether to send a shopper's request to us at all. The answer is derived from the interaction
/// model (is the intent ours, does it take these slots) and the catalog (is the product one we sell, in stock,
/// within the price asked; is the quantity one we take). It only reads: no pending purchase, session state or
/// order is ever written, and no linked account is needed, because Alexa asks before the shopper is known.
/// </summary>
public sealed class CanFulfillIntentResponder(VoiceShop.Intents.Model.InteractionModel model, ICatalogStore catalog, PurchaseOptions options)
{
    private const string AmazonPrefix = "AMAZON.";
    private const string Yes = "YES";
    private const string No = "NO";
    private const string Maybe = "MAYBE";

    /// <summary>
    /// Our intents that only answer a question we asked inside a session (the voice code); like the built-ins
    /// (yes, stop, fallback…), they mean nothing as the opening request, so they are never claimed.
    /// </summary>
    private static readonly HashSet<string> AnswersOnly = [IntentNames.VoiceCode];

    /// <summary>The answer for <paramref name="intent"/>, with one verdict per slot that carries a value.</summary>
    public async Task<AlexaResponseEnvelope> AnswerAsync(AlexaIntent? intent, CancellationToken cancellationToken)
    {
        var ours = Routable(intent?.Name);
        var heard = (intent?.Slots ?? [])
            .Where(kv => kv.Value is not null && !string.IsNullOrWhiteSpace(kv.Value.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var quantity = Quantity(heard.GetValueOrDefault(SlotNames.Quantity)?.Value);
        var product = ours is null ? null : await ProductAsync(heard.GetValueOrDefault(SlotNames.Product), cancellationToken);

        var slots = new Dictionary<string, AlexaCanFulfillSlot>(StringComparer.Ordinal);
        foreach (var (name, slot) in heard)
        {
            slots[name] = ours?.Slots.Any(s => s.Name == name) == true
                ? Judge(ours, name, slot.Value!, product, quantity)
                : Slot(No, No);
        }

        return new AlexaResponseEnvelope
        {
            Response = new AlexaResponse
            {
                CanFulfillIntent = new AlexaCanFulfillIntent { CanFulfill = Overall(ours, slots.Values), Slots = slots },
            },
        };
    }

    /// <summary>
    /// The model's intent for an Alexa intent name, when shoppers can open with it: our own intents keep their
    /// names, Alexa's carry the AMAZON. prefix, and neither the built-ins nor answer-only intents are claimed.
    /// </summary>
    private ModelIntent? Routable(string? alexaName)
    {
        if (string.IsNullOrEmpty(alexaName) || alexaName.StartsWith(AmazonPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return model.Intents.FirstOrDefault(i => i.Name == alexaName && !i.BuiltIn && !AnswersOnly.Contains(i.Name));
    }

    /// <summary>YES when every slot is understood and can be served, MAYBE when one is only partly understood, else NO.</summary>
    private static string Overall(ModelIntent? intent, IEnumerable<AlexaCanFulfillSlot> slots)
    {
        var verdicts = slots.ToList();
        if (intent is null || verdicts.Any(s => s.CanFulfill == No || s.CanUnderstand == No))
        {
            return No;
        }

        return verdicts.Any(s => s.CanUnderstand == Maybe) ? Maybe : Yes;
    }

    private AlexaCanFulfillSlot Judge(ModelIntent intent, string name, string value, ProductMatch? product, int? quantity) =>
        model.Slots.FirstOrDefault(s => s.Name == name)?.Kind switch
        {
            SlotKind.Catalog => ProductVerdict(intent, product, quantity),
            SlotKind.Number when name == SlotNames.Quantity => quantity is { } q
                ? Slot(Yes, q >= 1 && q <= options.MaxQuantityPerLine ? Yes : No)
                : Slot(No, No),
            SlotKind.Amount => AmountVerdict(value, product),
            SlotKind.Digits => value.Trim().All(char.IsAsciiDigit) ? Slot(Yes, Yes) : Slot(No, No),
            _ => Slot(No, No),
        };

    /// <summary>
    /// A product we sell is understood; one of several equally good matches only partly (we will ask which).
    /// Buying it also needs the stock for the quantity asked.
    /// </summary>
    private static AlexaCanFulfillSlot ProductVerdict(ModelIntent intent, ProductMatch? product, int? quantity)
    {
        var needsStock = intent.Name == IntentNames.Buy;
        return product switch
        {
            ProductMatch.Found found => Slot(Yes, !needsStock || found.Product.HasStockFor(Math.Max(quantity ?? 1, 1)) ? Yes : No),
            ProductMatch.Ambiguous ambiguous => Slot(Maybe, !needsStock || ambiguous.Candidates.Any(p => p.HasStockFor(1)) ? Yes : No),
            _ => Slot(No, No),
        };
    }

    /// <summary>A price cap is understood when it is an amount; it can be kept unless the product named costs more.</summary>
    private static AlexaCanFulfillSlot AmountVerdict(string value, ProductMatch? product)
    {
        if (!decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var cap) || cap <= 0)
        {
            return Slot(No, No);
        }

        return Slot(Yes, product is ProductMatch.Found found && found.Product.Price.Amount > cap ? No : Yes);
    }

    /// <summary>The product slot looked up: by the SKU Alexa's entity resolution matched, else by the words heard.</summary>
    private async Task<ProductMatch?> ProductAsync(AlexaSlot? slot, CancellationToken cancellationToken)
    {
        if (slot?.Value is not { } spoken)
        {
            return null;
        }

        var resolvedSku = slot.Resolutions?.ResolutionsPerAuthority?
            .Where(r => r?.Status?.Code == "ER_SUCCESS_MATCH")
            .SelectMany(r => r.Values ?? [])
            .Select(v => v?.Value?.Id)
            .FirstOrDefault(id => !string.IsNullOrEmpty(id));
        if (resolvedSku is not null && await catalog.GetProductAsync(resolvedSku, cancellationToken) is { } bySku)
        {
            return new ProductMatch.Found(bySku);
        }

        return ProductFinder.Find(await catalog.GetProductsAsync(cancellationToken), spoken);
    }

    /// <summary>The quantity heard as a whole number; null when absent or not a number (Alexa sends "?").</summary>
    private static int? Quantity(string? spoken) =>
        int.TryParse(spoken?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity) ? quantity : null;

    private static AlexaCanFulfillSlot Slot(string canUnderstand, string canFulfill) =>
        new() { CanUnderstand = canUnderstand, CanFulfill = canFulfill };
}
