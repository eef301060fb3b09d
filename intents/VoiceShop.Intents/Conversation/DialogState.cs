namespace VoiceShop.Intents.Conversation;

/// <summary>
/// What the conversation is waiting for between turns. It rides in the platform session (Alexa session
/// attributes, Dialogflow session parameters), so it holds ids and names only; the purchase itself is in
/// the store, where any function instance can confirm it. <see cref="LastList"/> and <see cref="LastProduct"/> are
/// what the shopper just heard about, so "the second one", "how much is it" and "add it" mean something.
/// </summary>
public sealed record DialogState(
    Awaiting Awaiting = Awaiting.Nothing,
    string? PendingPurchaseId = null,
    string? ElicitIntent = null,
    string? ElicitSlot = null,
    IReadOnlyDictionary<string, string>? HeldSlots = null,
    string? OrderId = null,
    IReadOnlyList<string>? LastList = null,
    string? LastProduct = null)
{
    /// <summary>The most products a list read aloud holds, so a forged session cannot make the state large.</summary>
    public const int MaxListLength = 3;

    public static DialogState Empty { get; } = new();

    private const string AwaitingKey = "awaiting";
    private const string PurchaseKey = "pendingPurchaseId";
    private const string ElicitIntentKey = "elicitIntent";
    private const string ElicitSlotKey = "elicitSlot";
    private const string OrderKey = "orderId";
    private const string HeldSlotPrefix = "slot.";
    private const string ListKey = "lastList";
    private const string LastProductKey = "lastProduct";

    /// <summary>The state as flat string pairs, the lowest common denominator of every platform's session.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Awaiting != Awaiting.Nothing)
        {
            values[AwaitingKey] = Awaiting.ToString();
        }

        AddIfSet(values, PurchaseKey, PendingPurchaseId);
        AddIfSet(values, ElicitIntentKey, ElicitIntent);
        AddIfSet(values, ElicitSlotKey, ElicitSlot);
        AddIfSet(values, OrderKey, OrderId);
        AddIfSet(values, ListKey, LastList is { Count: > 0 } list ? string.Join(',', list.Take(MaxListLength)) : null);
        AddIfSet(values, LastProductKey, LastProduct);
        foreach (var (name, value) in HeldSlots ?? new Dictionary<string, string>())
        {
            values[HeldSlotPrefix + name] = value;
        }

        return values;
    }

    /// <summary>Reads state written by <see cref="ToDictionary"/>; unknown or malformed values are ignored, never trusted.</summary>
    public static DialogState FromDictionary(IReadOnlyDictionary<string, string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return Empty;
        }

        var awaiting = values.TryGetValue(AwaitingKey, out var text) && Enum.TryParse<Awaiting>(text, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : Awaiting.Nothing;
        var held = values
            .Where(kv => kv.Key.StartsWith(HeldSlotPrefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[HeldSlotPrefix.Length..], kv => kv.Value);
        return new DialogState(
            awaiting,
            values.GetValueOrDefault(PurchaseKey),
            values.GetValueOrDefault(ElicitIntentKey),
            values.GetValueOrDefault(ElicitSlotKey),
            held.Count == 0 ? null : held,
            values.GetValueOrDefault(OrderKey),
            ReadList(values.GetValueOrDefault(ListKey)),
            values.GetValueOrDefault(LastProductKey) is { Length: > 0 } last ? last : null);
    }

    /// <summary>Whether the state says what the shopper just heard about (a list or one product).</summary>
    public bool HasContext => LastList is not null || LastProduct is not null;

    /// <summary>This state, keeping <paramref name="earlier"/>'s context when this one brings none of its own.</summary>
    public DialogState KeepingContextOf(DialogState earlier) =>
        HasContext ? this : this with { LastList = earlier.LastList, LastProduct = earlier.LastProduct };

    private static List<string>? ReadList(string? text)
    {
        var skus = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxListLength).ToList();
        return skus.Count == 0 ? null : skus;
    }

    private static void AddIfSet(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[key] = value;
        }
    }
}

/// <summary>The answer the last reply asked for.</summary>
public enum Awaiting
{
    Nothing,

    /// <summary>Yes or no to a read-back purchase.</summary>
    PurchaseConfirmation,

    /// <summary>A slot value for <see cref="DialogState.ElicitIntent"/>.</summary>
    SlotValue,

    /// <summary>Yes or no to "Want to reorder something?".</summary>
    ReorderOffer,

    /// <summary>Yes or no to "Anything else?".</summary>
    AnythingElse,

    /// <summary>Yes or no to cancelling <see cref="DialogState.OrderId"/>.</summary>
    OrderCancellation,

    /// <summary>The voice code that confirms <see cref="DialogState.PendingPurchaseId"/>.</summary>
    VoiceCode,

    /// <summary>
    /// Yes or no to "Want some?" after a price: the product offered is held in <see cref="DialogState.HeldSlots"/>,
    /// and a yes buys it, with the usual read-back before any money moves.
    /// </summary>
    ProductOffer,

    /// <summary>A choice from the products just read out (<see cref="DialogState.LastList"/>): "the second one", "the cheaper one".</summary>
    ListChoice,

    /// <summary>Yes or no to "Check out?" after the cart was read out: a yes reads the whole cart back for one order.</summary>
    CheckoutOffer,
}

/// <summary>What each <see cref="Awaiting"/> means to understanding, beside the enum so a new state is described once.</summary>
public static class AwaitingKinds
{
    /// <summary>Whether the last reply asked a yes-or-no question (a read-back, an offer, "anything else?", "check out?").</summary>
    public static bool IsYesOrNoQuestion(this Awaiting awaiting) =>
        awaiting is Awaiting.PurchaseConfirmation or Awaiting.ReorderOffer or Awaiting.AnythingElse or Awaiting.OrderCancellation
            or Awaiting.ProductOffer or Awaiting.CheckoutOffer;
}
