using System.Xml;
using System.Xml.Linq;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Speech.Ssml;

/// <summary>
/// SSML that arrives from outside (the synthesize endpoint): checked to be a well-formed <c>speak</c> document
/// with no DTD, and given the root a W3C engine needs when the caller wrote the bare <c>&lt;speak&gt;</c> that
/// Alexa and Google use, so one document works with every engine.
/// </summary>
public static class SsmlDocument
{
    /// <summary>The document ready for <paramref name="dialect"/>, or null with <paramref name="problem"/> saying why it cannot be.</summary>
    public static string? Prepare(string ssml, SsmlDialect dialect, SpeechLocale locale, out string problem)
    {
        XElement root;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 256 * 1024 };
            using var reader = XmlReader.Create(new StringReader(ssml), settings);
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            problem = $"The SSML is not well-formed XML: {ex.Message}";
            return null;
        }

        if (root.Name.LocalName != "speak")
        {
            problem = "The SSML root element must be <speak>.";
            return null;
        }

        problem = "";
        if (!dialect.W3cRoot || root.Name.NamespaceName == SsmlRenderer.SsmlNamespace)
        {
            return ssml;
        }

        var inner = string.Concat(root.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        var open = $"<speak version=\"1.0\" xmlns=\"{SsmlRenderer.SsmlNamespace}\" xml:lang=\"{SsmlText.Escape(locale.Name)}\">";
        return dialect.WrapInVoice
            ? $"{open}<voice name=\"{SsmlText.Escape(dialect.VoiceName ?? locale.DefaultVoice)}\">{inner}</voice></speak>"
            : $"{open}{inner}</speak>";
    }
}
