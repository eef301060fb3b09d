using VoiceShop.Intents.Conversation;
using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Intents.Phrases;

/// <summary>
/// A count said as a word mid-sentence ("I have two"): a number node reads as digits unless it starts a
/// sentence, which suits prices and quantities but not a count that stands alone.
/// </summary>
public static class CountWords
{
    /// <summary><paramref name="count"/> in words in the turn's locale.</summary>
    public static SpeechNode Of(TurnContext context, int count) => SpeechLocale.For(context.Turn.Locale).NumberInWords(count);
}
