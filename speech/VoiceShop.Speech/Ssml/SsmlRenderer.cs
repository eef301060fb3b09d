using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Speech.Ssml;

/// <summary>
/// Renders a speech tree as SSML for one dialect, and as plain text for cards, chat bubbles and logs.
/// Text is always escaped, so a product called "Tom &amp; Jerry &lt;DVD&gt;" is spoken, never parsed; only the
/// elements and values the dialect accepts are written; and a reply too long for the platform is shortened
/// at a sentence boundary rather than cut mid-tag.
/// </summary>
public static class SsmlRenderer
{
    /// <summary>The SSML namespace of the W3C root that Azure and espeak-ng expect.</summary>
    public const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    /// <summary>A complete <c>&lt;speak&gt;</c> document.</summary>
    public static string ToSsml(SpeechNode speech, SsmlDialect dialect, SpeechLocale locale)
    {
        var (open, close) = Envelope(dialect, locale);
        var budget = dialect.MaxSpeechLength - SsmlBudget.Length(open + close, dialect);
        var body = SsmlBudget.Fit(SsmlFlattener.Flatten(speech, dialect, locale), budget, dialect);
        return open + body + close;
    }

    /// <summary>The words alone, as a person would read them (names as written, clips as their fallback words).</summary>
    public static string ToPlainText(SpeechNode speech, SpeechLocale locale) =>
        string.Concat(SsmlFlattener.Flatten(speech, dialect: null, locale).Select(p => p.Words));

    private static (string Open, string Close) Envelope(SsmlDialect dialect, SpeechLocale locale)
    {
        if (!dialect.W3cRoot)
        {
            return ("<speak>", "</speak>");
        }

        var speak = $"<speak version=\"1.0\" xmlns=\"{SsmlNamespace}\" xml:lang=\"{SsmlText.Escape(locale.Name)}\">";
        return dialect.WrapInVoice
            ? ($"{speak}<voice name=\"{SsmlText.Escape(dialect.VoiceName ?? locale.DefaultVoice)}\">", "</voice></speak>")
            : (speak, "</speak>");
    }
}
