using System.Collections.Frozen;

namespace VoiceShop.Intents.Conversation;

/// <summary>
/// Words that point back at what the shopper just heard ("how much is it", "add that", "make that three")
/// instead of naming a product. The intents that take them, and the routing that resolves them to
/// <see cref="DialogState.LastProduct"/>, share this one list.
/// </summary>
public static class Pronouns
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["it", "that", "this", "them", "those", "these", "that one", "this one"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The intents whose product may be a pronoun: asking the price of, buying, or putting in or taking out of the cart what was just said.</summary>
    public static readonly FrozenSet<string> Intents = FrozenSet.ToFrozenSet(
        [IntentNames.Buy, IntentNames.PriceQuestion, "AddToCartIntent", "UpdateCartIntent", "RemoveFromCartIntent"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="spoken"/> is a pronoun rather than a product's name.</summary>
    public static bool IsPronoun(string? spoken) => spoken is not null && Words.Contains(spoken.Trim());

    /// <summary>The first pronoun among <paramref name="words"/>, or null.</summary>
    public static string? Find(IReadOnlyList<string> words) => words.FirstOrDefault(w => Words.Contains(w));
}
