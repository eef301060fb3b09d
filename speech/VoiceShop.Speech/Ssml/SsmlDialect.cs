namespace VoiceShop.Speech.Ssml;

/// <summary>
/// What one platform's SSML accepts. The renderer asks the dialect rather than the other way round, so a
/// new platform is a new dialect value, not a new renderer.
/// </summary>
public sealed record SsmlDialect(string Name, int MaxSpeechCharacters, int MaxBreakMilliseconds)
{
    /// <summary>Alexa: 8,000 characters of output speech, breaks up to 10 seconds.</summary>
    public static SsmlDialect Alexa { get; } = new("alexa", MaxSpeechCharacters: 8000, MaxBreakMilliseconds: 10_000);

    /// <summary>Google Cloud Text-to-Speech, as used for Dialogflow CX <c>outputAudioText.ssml</c>.</summary>
    public static SsmlDialect Google { get; } = new("google", MaxSpeechCharacters: 5000, MaxBreakMilliseconds: 10_000);
}
