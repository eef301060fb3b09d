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

    /// <summary>Items joined the way people list things: "a, b and c".</summary>
    public sealed record List(IReadOnlyList<SpeechNode> Items) : SpeechNode;

    /// <summary>Parts spoken in order.</summary>
    public sealed record Sequence(IReadOnlyList<SpeechNode> Parts) : SpeechNode;

    /// <summary>Joins <paramref name="parts"/> with single spaces between them, as sentences are joined.</summary>
    public static SpeechNode Sentences(params SpeechNode[] parts) =>
        new Sequence(parts.SelectMany((part, i) => i == 0 ? [part] : new[] { new Text(" "), part }).ToList());

    public static implicit operator SpeechNode(string text) => new Text(text);
}
