using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;

namespace VoiceShop.Intents.Phrases;

/// <summary>
/// How a buying habit is said: "every three weeks, and it's been four". Both figures use one unit, chosen by
/// the interval (days under two weeks, weeks under two months, else months), as people round them, and said in words.
/// </summary>
public static class IntervalPhrases
{
    /// <summary>The interval ("ten days", "three weeks", "month") and the time since, as a bare number in the same unit.</summary>
    public static (SpeechNode Interval, SpeechNode Elapsed) Habit(int intervalDays, int daysSince, SpeechLocale locale)
    {
        var (unit, days) = intervalDays switch
        {
            < 14 => ("day", 1),
            < 60 => ("week", 7),
            _ => ("month", 30),
        };
        var interval = Math.Max(1, (int)Math.Round(intervalDays / (double)days, MidpointRounding.AwayFromZero));
        var elapsed = Math.Max(interval, (int)Math.Round(daysSince / (double)days, MidpointRounding.AwayFromZero));
        SpeechNode every = interval == 1 ? unit : locale.NumberInWords(interval) + " " + unit + "s";
        return (every, locale.NumberInWords(elapsed));
    }
}
