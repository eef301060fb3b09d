using System.Text;
using System.Xml;

namespace VoiceShop.Speech.Ssml;

/// <summary>
/// Escaping for SSML: the five XML specials become entities (an unescaped "&amp;" makes Alexa reject the whole
/// response), and characters XML forbids (control characters, lone surrogates) are dropped, since speech
/// loses nothing by them.
/// </summary>
public static class SsmlText
{
    /// <summary><paramref name="text"/> safe inside an element or a double- or single-quoted attribute.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped, as <see cref="Escape"/> does.</summary>
    public static void AppendEscaped(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                case '\n' or '\r' or '\t': builder.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (XmlConvert.IsXmlChar(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
