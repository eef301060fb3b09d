using System.Text;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Speech.Ssml;

/// <summary>
/// Renders a speech tree as SSML for one dialect, and as plain text for cards, chat bubbles and logs.
/// Text is always escaped, so a product called "Tom &amp; Jerry &lt;DVD&gt;" is spoken, never parsed.
/// </summary>
public static class SsmlRenderer
{
    /// <summary>A complete <c>&lt;speak&gt;</c> document.</summary>
    public static string ToSsml(SpeechNode speech, SsmlDialect dialect, SpeechLocale locale)
    {
        var builder = new StringBuilder("<speak>");
        Write(builder, speech, dialect, locale);
        builder.Append("</speak>");
        return builder.ToString();
    }

    /// <summary>The words alone, as a person would read them.</summary>
    public static string ToPlainText(SpeechNode speech, SpeechLocale locale)
    {
        var builder = new StringBuilder();
        Write(builder, speech, dialect: null, locale);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SpeechNode speech, SsmlDialect? dialect, SpeechLocale locale)
    {
        switch (speech)
        {
            case SpeechNode.Text text:
                AppendText(builder, text.Value, dialect);
                break;
            case SpeechNode.Pause pause when dialect is not null:
                var milliseconds = Math.Clamp(pause.Milliseconds, 0, dialect.MaxBreakMilliseconds);
                builder.Append("<break time=\"").Append(milliseconds).Append("ms\"/>");
                break;
            case SpeechNode.Pause:
                break;
            case SpeechNode.Amount amount:
                AppendText(builder, locale.Money(amount.Value, amount.Currency), dialect);
                break;
            case SpeechNode.Day day:
                AppendText(builder, locale.Day(day.Date, day.Today, day.WithPreposition), dialect);
                break;
            case SpeechNode.Number number:
                AppendText(builder, number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), dialect);
                break;
            case SpeechNode.Digits digits when dialect is not null:
                builder.Append("<say-as interpret-as=\"digits\">");
                AppendText(builder, digits.Value, dialect);
                builder.Append("</say-as>");
                break;
            case SpeechNode.Digits digits:
                AppendText(builder, digits.Value, dialect);
                break;
            case SpeechNode.List list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(i == list.Items.Count - 1 ? " and " : ", ");
                    }

                    Write(builder, list.Items[i], dialect, locale);
                }

                break;
            case SpeechNode.Sequence sequence:
                foreach (var part in sequence.Parts)
                {
                    Write(builder, part, dialect, locale);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(speech), speech.GetType().Name, "Unknown speech node.");
        }
    }

    private static void AppendText(StringBuilder builder, string text, SsmlDialect? dialect)
    {
        if (dialect is null)
        {
            builder.Append(text);
            return;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    // Control characters are not allowed in XML at all; speech loses nothing by dropping them.
                    if (!char.IsControl(c) || c is '\n' or '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
