using System.Xml;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Tests;

/// <summary>Escaped text is always well-formed XML, and speaks the same words.</summary>
public sealed class SsmlTextTests
{
    [Fact]
    public void The_five_specials_become_entities_and_line_breaks_spaces()
    {
        Assert.Equal("Tom &amp; Jerry &lt;DVD&gt; &quot;O&apos;Brien&quot; a b c", SsmlText.Escape("Tom & Jerry <DVD> \"O'Brien\" a\nb\tc"));
    }

    [Fact]
    public void Characters_XML_forbids_are_dropped_and_everything_else_is_kept()
    {
        var text = "caf\u00e9 \u2615 \U0001F6D2 bell\u0007 null\u0000 lone\uD800 low\uDC00 non\uFFFE\uFFFF private\uE000 last\uFFFD";

        var escaped = SsmlText.Escape(text);

        Assert.Equal("caf\u00e9 \u2615 \U0001F6D2 bell null lone low non private\uE000 last\uFFFD", escaped);
        // What the escaping is for: the result parses as the content of an element.
        var document = new XmlDocument();
        document.LoadXml("<speak>" + escaped + "</speak>");
        Assert.Equal("caf\u00e9 \u2615 \U0001F6D2 bell null lone low non private\uE000 last\uFFFD", document.DocumentElement!.InnerText);
    }
}
