using System.Globalization;
using NodaTime;

namespace VoiceShop.Speech.Phrasing;

/// <summary>
/// How one locale says money, days and lists. Written out rather than taken from CultureInfo because the
/// host runs with invariant globalization (smaller, faster to start) and because spoken forms differ from
/// written ones ("$179", not "$179.00").
/// </summary>
public sealed record SpeechLocale(string Name, bool DayBeforeMonth)
{
    public static SpeechLocale EnUs { get; } = new("en-US", DayBeforeMonth: false) { DefaultVoice = "en-US-AvaNeural" };

    public static SpeechLocale EnGb { get; } = new("en-GB", DayBeforeMonth: true) { DefaultVoice = "en-GB-SoniaNeural" };

    /// <summary>The Azure neural voice that speaks this locale unless configuration names another.</summary>
    public string DefaultVoice { get; init; } = "en-US-AvaNeural";

    /// <summary>The locale for a platform's locale tag; English (US) when we do not speak it yet.</summary>
    public static SpeechLocale For(string? name) =>
        string.Equals(name, EnGb.Name, StringComparison.OrdinalIgnoreCase) ? EnGb : EnUs;

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"$12.99", "$179", "£4.50", or "12.99 CHF" for currencies without a symbol.</summary>
    public string Money(decimal amount, string currency)
    {
        var number = amount == decimal.Truncate(amount)
            ? amount.ToString("#,0", CultureInfo.InvariantCulture)
            : amount.ToString("#,0.00", CultureInfo.InvariantCulture);
        return currency switch
        {
            "USD" => "$" + number,
            "GBP" => "£" + number,
            "EUR" => "€" + number,
            _ => $"{number} {currency}",
        };
    }

    /// <summary>
    /// Money as words, for engines that misread currency symbols: "12 dollars and 99 cents", "1 pound 50"
    /// in en-GB, "179 dollars".
    /// </summary>
    public string MoneyInWords(decimal amount, string currency)
    {
        var whole = decimal.Truncate(amount);
        var cents = (int)decimal.Round((amount - whole) * 100);
        var (major, majorPlural, minor, minorPlural) = currency switch
        {
            "USD" => ("dollar", "dollars", "cent", "cents"),
            "GBP" => ("pound", "pounds", "penny", "pence"),
            "EUR" => ("euro", "euros", "cent", "cents"),
            _ => (currency, currency, "hundredth", "hundredths"),
        };
        var wholeText = whole.ToString("#,0", CultureInfo.InvariantCulture) + " " + (whole == 1 ? major : majorPlural);
        if (cents == 0)
        {
            return wholeText;
        }

        var centsText = cents.ToString(CultureInfo.InvariantCulture);
        // British English says "4 pounds 50"; American English says "4 dollars and 50 cents".
        return DayBeforeMonth && currency == "GBP"
            ? $"{wholeText} {centsText}"
            : $"{wholeText} and {centsText} {(cents == 1 ? minor : minorPlural)}";
    }

    private static readonly string[] SmallNumbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>"two", "twenty-one"; numbers from 100 on, and negative ones, stay digits ("120").</summary>
    public string NumberInWords(long value) => value switch
    {
        >= 0 and < 20 => SmallNumbers[value],
        >= 20 and < 100 => value % 10 == 0 ? Tens[value / 10] : $"{Tens[value / 10]}-{SmallNumbers[value % 10]}",
        _ => value.ToString("#,0", CultureInfo.InvariantCulture),
    };

    /// <summary>"a pack", "an egg", "2 packs", "1,200 boxes"; with <paramref name="countInWords"/> "two packs".</summary>
    public string Quantity(long count, string singular, string? plural = null, bool countInWords = false) => count == 1
        ? $"{EnglishNouns.Article(singular)} {singular}"
        : $"{(countInWords ? NumberInWords(count) : count.ToString("#,0", CultureInfo.InvariantCulture))} {plural ?? EnglishNouns.Plural(singular)}";

    /// <summary>
    /// "today", "tomorrow", "yesterday", a weekday within a week either side ("Thursday"), else a calendar
    /// date ("December 3rd"; en-GB "3rd December"). With a preposition, weekdays and dates take "on".
    /// </summary>
    public string Day(LocalDate date, LocalDate today, bool withPreposition)
    {
        var days = Period.Between(today, date, PeriodUnits.Days).Days;
        var phrase = days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > -7 and < 7 => date.DayOfWeek.ToString(),
            _ => CalendarDate(date),
        };
        return withPreposition && days is < -1 or > 1 ? "on " + phrase : phrase;
    }

    /// <summary>A calendar date as said in this locale: "December 3rd" (en-US), "3rd December" (en-GB).</summary>
    public string CalendarDate(LocalDate date)
    {
        var day = date.Day + Ordinal(date.Day);
        var month = MonthNames[date.Month - 1];
        return DayBeforeMonth ? $"{day} {month}" : $"{month} {day}";
    }

    private static string Ordinal(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
