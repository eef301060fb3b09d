using System.Globalization;
using System.Text;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Speech.Ssml;

/// <summary>
/// Turns a speech tree into a flat run of words and whole elements for one dialect (or, with no dialect,
/// into the words a person would read). Adjacent words are merged so that shortening can find sentence ends.
/// </summary>
internal sealed class SsmlFlattener(SsmlDialect? dialect, SpeechLocale locale)
{
    private readonly List<SsmlPiece> _pieces = [];
    private readonly StringBuilder _words = new();
    private int _audioClips;

    // Set while the words that open a sentence are still to come (see SpeechNode.SentenceStart).
    private bool _sentenceStart;

    public static IReadOnlyList<SsmlPiece> Flatten(SpeechNode speech, SsmlDialect? dialect, SpeechLocale locale)
    {
        var flattener = new SsmlFlattener(dialect, locale);
        flattener.Write(speech);
        flattener.FlushWords();
        return flattener._pieces;
    }

    private void Write(SpeechNode speech)
    {
        switch (speech)
        {
            case SpeechNode.Text text:
                AppendWords(text.Value);
                break;
            case SpeechNode.Name name:
                AppendWords(dialect is null ? name.Value : SpokenSymbols.Say(name.Value));
                break;
            case SpeechNode.Quantity quantity:
                AppendWords(locale.Quantity(quantity.Count, quantity.Singular, quantity.Plural, countInWords: _sentenceStart));
                break;
            case SpeechNode.Amount amount:
                AppendWords(dialect is { MoneyInWords: true } ? locale.MoneyInWords(amount.Value, amount.Currency) : locale.Money(amount.Value, amount.Currency));
                break;
            case SpeechNode.Day day:
                AppendWords(locale.Day(day.Date, day.Today, day.WithPreposition));
                break;
            case SpeechNode.Number number:
                AppendWords(_sentenceStart ? locale.NumberInWords(number.Value) : number.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case SpeechNode.SentenceStart start:
                _sentenceStart = true;
                Write(start.Content);
                _sentenceStart = false;
                break;
            case SpeechNode.Pause pause:
                WritePause(pause);
                break;
            case SpeechNode.Digits digits:
                WriteDigits(digits);
                break;
            case SpeechNode.Emphasis emphasis:
                WriteEmphasis(emphasis);
                break;
            case SpeechNode.Audio audio:
                WriteAudio(audio);
                break;
            case SpeechNode.List list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        _words.Append(i == list.Items.Count - 1 ? " and " : ", ");
                    }

                    Write(list.Items[i]);
                }

                break;
            case SpeechNode.Sequence sequence:
                foreach (var part in sequence.Parts)
                {
                    Write(part);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(speech), speech.GetType().Name, "Unknown speech node.");
        }
    }

    private void WritePause(SpeechNode.Pause pause)
    {
        var milliseconds = dialect is null ? 0 : Math.Clamp(pause.Milliseconds, 0, dialect.MaxBreakMilliseconds);
        if (milliseconds > 0)
        {
            AddElement($"<break time=\"{milliseconds.ToString(CultureInfo.InvariantCulture)}ms\"/>");
        }
    }

    private void WriteDigits(SpeechNode.Digits digits)
    {
        var escaped = SsmlText.Escape(digits.Value.Trim());
        if (dialect is null || escaped.Length == 0)
        {
            _words.Append(digits.Value);
            return;
        }

        // "digits" only where the dialect has it and the value is all digits; "characters" reads letters too.
        var interpretAs = digits.Value.Trim().All(char.IsAsciiDigit) ? dialect.DigitsInterpretAs : "characters";
        AddElement($"<say-as interpret-as=\"{interpretAs}\">{escaped}</say-as>");
    }

    private void WriteEmphasis(SpeechNode.Emphasis emphasis)
    {
        var level = emphasis.Level.ToString().ToLowerInvariant();
        if (dialect is null || !dialect.EmphasisLevels.Contains(level))
        {
            Write(emphasis.Content);
            return;
        }

        var inner = Inner(emphasis.Content);
        if (inner.Length > 0)
        {
            AddElement($"<emphasis level=\"{level}\">{inner}</emphasis>");
        }
    }

    private void WriteAudio(SpeechNode.Audio audio)
    {
        var playable = dialect is not null
            && _audioClips < dialect.MaxAudioClips
            && Uri.TryCreate(audio.Source, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps;
        if (!playable)
        {
            Write(audio.Fallback);
            return;
        }

        _audioClips++;
        var source = SsmlText.Escape(audio.Source);
        AddElement(dialect!.AudioFallback
            ? $"<audio src=\"{source}\">{Inner(audio.Fallback)}</audio>"
            : $"<audio src=\"{source}\"/>");
    }

    /// <summary>The complete markup of a subtree, for elements that contain speech.</summary>
    private string Inner(SpeechNode content)
    {
        // No clips inside another element (an emphasis, an audio's fallback): their words are spoken instead.
        var inner = new SsmlFlattener(dialect, locale) { _audioClips = int.MaxValue };
        inner.Write(content);
        inner.FlushWords();
        return string.Concat(inner._pieces.Select(p => p.ToSsml()));
    }

    /// <summary>Appends words; the first words of a sentence start with a capital.</summary>
    private void AppendWords(string words)
    {
        if (_sentenceStart && words.Length > 0)
        {
            _sentenceStart = false;
            words = char.ToUpperInvariant(words[0]) + words[1..];
        }

        _words.Append(words);
    }

    private void AddElement(string markup)
    {
        _sentenceStart = false;
        FlushWords();
        _pieces.Add(SsmlPiece.Element(markup));
    }

    private void FlushWords()
    {
        if (_words.Length > 0)
        {
            _pieces.Add(SsmlPiece.Text(_words.ToString()));
            _words.Clear();
        }
    }
}
