namespace VoiceShop.Speech.Ssml;

/// <summary>
/// What one platform's SSML accepts. The renderer asks the dialect rather than the other way round, so a
/// new platform is a new dialect value, not a new renderer. Each value below comes from the platform's own
/// SSML reference (see docs/speech.md for the table of differences).
/// </summary>
/// <param name="Name">A short lower-case name, used in logs and tests.</param>
/// <param name="MaxSpeechLength">The longest document the platform takes, markup included.</param>
/// <param name="MaxBreakMilliseconds">The longest single <c>&lt;break&gt;</c>; longer pauses are shortened to it.</param>
public sealed record SsmlDialect(string Name, int MaxSpeechLength, int MaxBreakMilliseconds)
{
    /// <summary>
    /// Alexa: 8,000 characters of output speech, breaks up to 10 s, at most five <c>&lt;audio&gt;</c> clips
    /// (empty elements, no fallback content), <c>say-as interpret-as="digits"</c>.
    /// </summary>
    public static SsmlDialect Alexa { get; } = new("alexa", MaxSpeechLength: 8000, MaxBreakMilliseconds: 10_000)
    {
        MaxAudioClips = 5,
        AudioFallback = false,
        DigitsInterpretAs = "digits",
        EmphasisLevels = ["strong", "moderate", "reduced"],
    };

    /// <summary>
    /// Google Cloud Text-to-Speech, as used for Dialogflow CX <c>outputAudioText.ssml</c>: 5,000 bytes of
    /// input, no <c>digits</c> (read as <c>characters</c>), audio with fallback content, no clip-count limit.
    /// </summary>
    public static SsmlDialect Google { get; } = new("google", MaxSpeechLength: 5000, MaxBreakMilliseconds: 10_000)
    {
        LengthInUtf8Bytes = true,
        DigitsInterpretAs = "characters",
        EmphasisLevels = ["strong", "moderate", "none", "reduced"],
    };

    /// <summary>
    /// Azure AI Speech: a W3C <c>speak</c> root (version, xmlns, xml:lang) around one <c>voice</c>; at most
    /// 50 <c>voice</c> plus <c>audio</c> elements, so 49 clips beside the one voice; breaks up to 5 s (the
    /// documented cap of the REST service); <c>emphasis</c> is honoured by a few voices only, so it is not
    /// written and its words are spoken plainly.
    /// </summary>
    public static SsmlDialect Azure { get; } = new("azure", MaxSpeechLength: 64 * 1024, MaxBreakMilliseconds: 5_000)
    {
        W3cRoot = true,
        WrapInVoice = true,
        MaxAudioClips = 49,
        DigitsInterpretAs = "characters",
        EmphasisLevels = [],
    };

    /// <summary>
    /// espeak-ng with <c>-m</c>: a W3C root with xml:lang (it picks the voice from it), <c>say-as characters</c>,
    /// no audio fetching (clips are spoken as their fallback words), and money spelled out in words because
    /// it reads "$12.99" as "dollar twelve point nine nine".
    /// </summary>
    public static SsmlDialect Espeak { get; } = new("espeak", MaxSpeechLength: 64 * 1024, MaxBreakMilliseconds: 10_000)
    {
        W3cRoot = true,
        MaxAudioClips = 0,
        DigitsInterpretAs = "characters",
        EmphasisLevels = ["strong", "moderate", "reduced"],
        MoneyInWords = true,
    };

    /// <summary>Whether <see cref="MaxSpeechLength"/> counts UTF-8 bytes (Google) rather than UTF-16 characters.</summary>
    public bool LengthInUtf8Bytes { get; init; }

    /// <summary>How many <c>&lt;audio&gt;</c> clips one document may hold; the rest are spoken as their fallback words.</summary>
    public int MaxAudioClips { get; init; } = int.MaxValue;

    /// <summary>Whether an <c>&lt;audio&gt;</c> element may hold fallback words (Alexa rejects content inside it).</summary>
    public bool AudioFallback { get; init; } = true;

    /// <summary>The <c>say-as interpret-as</c> value that reads a string character by character, digits included.</summary>
    public string DigitsInterpretAs { get; init; } = "characters";

    /// <summary>The <c>emphasis level</c> values accepted; empty when the element is not written at all.</summary>
    public IReadOnlyList<string> EmphasisLevels { get; init; } = [];

    /// <summary>Whether the root is the W3C form <c>&lt;speak version="1.0" xmlns=… xml:lang=…&gt;</c> (Azure, espeak-ng) rather than a bare <c>&lt;speak&gt;</c>.</summary>
    public bool W3cRoot { get; init; }

    /// <summary>Whether the speech sits in a <c>&lt;voice name=…&gt;</c> element, which Azure requires.</summary>
    public bool WrapInVoice { get; init; }

    /// <summary>The voice for <see cref="WrapInVoice"/>; null picks the locale's default voice.</summary>
    public string? VoiceName { get; init; }

    /// <summary>Whether amounts are written as words ("12 dollars and 99 cents") because the engine misreads symbols.</summary>
    public bool MoneyInWords { get; init; }

    /// <summary>This dialect speaking with the voice <paramref name="voiceName"/>.</summary>
    public SsmlDialect WithVoice(string? voiceName) => this with { VoiceName = voiceName };
}
