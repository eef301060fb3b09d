namespace VoiceShop.Intents.Model;

/// <summary>
/// The values of a <see cref="SlotKind.Ordinal"/> slot: how a shopper picks one of the products just read out.
/// Platform ordinals (AMAZON.Ordinal, @sys.ordinal) know "second" but not "the cheaper one", so this is our own
/// small type, exported to every platform, with stable ids the handler reads.
/// </summary>
public static class OrdinalSlotValues
{
    /// <summary>The id of the cheapest product in the list.</summary>
    public const string Cheapest = "cheapest";

    /// <summary>The id of the most expensive product in the list.</summary>
    public const string Dearest = "dearest";

    /// <summary>The id of the last product in the list.</summary>
    public const string Last = "last";

    /// <summary>Every value: positions by number ("1".."3"), then the last, the cheapest and the dearest.</summary>
    public static IReadOnlyList<SlotTypeValue> All { get; } =
    [
        new("1", "first", ["the first", "number one", "first one", "top one", "option one"]),
        new("2", "second", ["the second", "number two", "second one", "middle one", "middle", "option two"]),
        new("3", "third", ["the third", "number three", "third one", "option three"]),
        new(Last, "last", ["the last", "last one", "final one", "bottom one"]),
        new(Cheapest, "cheaper", ["cheapest", "the cheaper", "the cheapest", "less expensive", "least expensive", "lower priced"]),
        new(Dearest, "more expensive", ["most expensive", "pricier", "priciest", "dearer", "dearest"]),
    ];

    /// <summary>
    /// The value named in <paramref name="words"/> (cleaned, lower case), longest phrase first so that "less
    /// expensive" is not read as "more expensive"; null when none is.
    /// </summary>
    public static (SlotTypeValue Value, string Spoken)? Find(IReadOnlyList<string> words)
    {
        var text = " " + string.Join(' ', words) + " ";
        return All
            .SelectMany(v => v.Synonyms.Prepend(v.Value).Select(s => (Value: v, Spoken: s)))
            .OrderByDescending(x => x.Spoken.Length)
            .Where(x => text.Contains(" " + x.Spoken + " ", StringComparison.Ordinal))
            .Select(x => ((SlotTypeValue, string)?)(x.Value, x.Spoken))
            .FirstOrDefault();
    }

    /// <summary>The value whose id, name or synonym is <paramref name="said"/>, or null.</summary>
    public static SlotTypeValue? Resolve(string? said)
    {
        var text = (said ?? "").Trim().ToLowerInvariant();
        return All.FirstOrDefault(v => v.Id == text || v.Value == text || v.Synonyms.Contains(text))
            ?? (text.Length > 0 ? Find(text.Split(' ', StringSplitOptions.RemoveEmptyEntries))?.Value : null);
    }
}
