using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>A reply's speech in the two forms Dialogflow wants: Google SSML for voice, plain text for display.</summary>
public sealed record DialogflowSpeech(string Ssml, string PlainText)
{
    /// <summary>Null when there is nothing to say.</summary>
    public static DialogflowSpeech? Render(SpeechNode speech, string locale)
    {
        if (speech is SpeechNode.Sequence { Parts.Count: 0 })
        {
            return null;
        }

        var speechLocale = SpeechLocale.For(locale);
        return new DialogflowSpeech(SsmlRenderer.ToSsml(speech, SsmlDialect.Google, speechLocale), SsmlRenderer.ToPlainText(speech, speechLocale).Trim());
    }
}
