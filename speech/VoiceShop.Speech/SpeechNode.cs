using NodaTime;

namespace VoiceShop.Speech;

/// <summary>
/// A reply as a small tree of meaning (text, pauses, money, dates, lists) rather than a string, so that
/// SSML is produced in one renderer per platform, escaped and valid by construction, and the same reply can
/// also be shown as plain text.
/// </summary>
public abstract record SpeechNode
{
    private protected SpeechNode()
    {
    }

    /// <summary>Nothing to say (a SessionEndedRequest answer).</summary>
    public static SpeechNode Silence { get; } = new Sequence([]);

    /// <summary>Words, spoken as written. Never markup: it is escaped on output.</summary>
    public sealed record Text(string Value) : SpeechNode;

    /// <summary>A pause, in milliseconds.</summary>
    public sealed record Pause(int Milliseconds) : SpeechNode;

    /// <summary>An amount of money, said the way the locale says it ("$12.99", "£4").</summary>
    public sealed record Amount(decimal Value, string Currency) : SpeechNode;

    /// <summary>A day, said relative to <paramref name="Today"/> in the listener's zone ("tomorrow", "on Thursday").</summary>
    /// <param name="Date">The day meant.</param>
    /// <param name="Today">Today in the listener's own zone.</param>
    /// <param name="WithPreposition">Whether a weekday or date takes "on" ("arrives on Thursday", but "arrives tomorrow").</param>
    public sealed record Day(LocalDate Date, LocalDate Today, bool WithPreposition) : SpeechNode;

    /// <summary>A count said as a number ("2").</summary>
    public sealed record Number(long Value) : SpeechNode;

    /// <summary>Characters read one by one, such as an order number.</summary>
    public sealed record Digits(string Value) : SpeechNode;

    /// <summary>
    /// A name as written on a product or brand ("Salt &amp; Pepper", "Shampoo + Conditioner", "Brillo®"): shown
    /// as written, spoken with the symbols that text-to-speech mangles said as words.
    /// </summary>
    public sealed record Name(string Value) : SpeechNode;

    /// <summary>A count of things with its noun: "a pack", "2 packs", "an egg".</summary>
    /// <param name="Count">How many.</param>
    /// <param name="Singular">The noun for one ("box").</param>
    /// <param name="Plural">The noun for several; null derives it from <paramref name="Singular"/> ("boxes").</param>
    public sealed record Quantity(long Count, string Singular, string? Plural = null) : SpeechNode;

    /// <summary>Words said with emphasis where the platform supports it, plainly elsewhere.</summary>
    public sealed record Emphasis(SpeechNode Content, EmphasisLevel Level = EmphasisLevel.Moderate) : SpeechNode;

    /// <summary>
    /// A sound clip at an HTTPS address, with the words to say instead where the platform cannot play it
    /// (too many clips, no audio support, or an address that is not HTTPS).
    /// </summary>
    public sealed record Audio(string Source, SpeechNode Fallback) : SpeechNode;

    /// <summary>Items joined the way people list things: "a, b and c".</summary>
    public sealed record List(IReadOnlyList<SpeechNode> Items) : SpeechNode;

    /// <summary>Parts spoken in order.</summary>
    public sealed record Sequence(IReadOnlyList<SpeechNode> Parts) : SpeechNode;

    /// <summary>
    /// Speech that opens a sentence, as a prompt's leading placeholder does: its first word is capitalized
    /// and a leading count is written as a word, as written English has it ("Two orders are on the way",
    /// "A pack of AA batteries, $8.99"). Only the shown text changes; engines say both forms alike.
    /// </summary>
    public sealed record SentenceStart(SpeechNode Content) : SpeechNode;

    /// <summary>Joins <paramref name="parts"/> with single spaces between them, as sentences are joined.</summary>
    public static SpeechNode Sentences(params SpeechNode[] parts) =>
        new Sequence(parts.SelectMany((part, i) => i == 0 ? [part] : new[] { new Text(" "), part }).ToList());

    public static implicit operator SpeechNode(string text) => new Text(text);
}

/// <summary>How strongly <see cref="SpeechNode.Emphasis"/> stresses its words.</summary>
public enum EmphasisLevel
{
    Reduced,
    Moderate,
    Strong,
}
