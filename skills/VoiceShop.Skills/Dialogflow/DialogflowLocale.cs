namespace VoiceShop.Skills.Dialogflow;

/// <summary>Dialogflow language codes ("en", "en-us") as the locale tags the prompts use ("en-US").</summary>
public static class DialogflowLocale
{
    /// <summary>"en" and "en-us" → "en-US"; "de-de" → "de-DE"; missing → "en-US".</summary>
    public static string From(string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(languageCode))
        {
            return "en-US";
        }

        var parts = languageCode.Trim().Split('-', '_');
        var language = parts[0].ToLowerInvariant();
        if (parts.Length == 1)
        {
            return language == "en" ? "en-US" : language;
        }

        return language + "-" + parts[1].ToUpperInvariant();
    }
}
