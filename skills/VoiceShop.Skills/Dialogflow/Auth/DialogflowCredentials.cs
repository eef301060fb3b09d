namespace VoiceShop.Skills.Dialogflow.Auth;

/// <summary>The parts of an HTTP request that authentication reads: its headers, by name (case-insensitive).</summary>
public sealed record DialogflowCredentials(Func<string, string?> Header)
{
    public string? Authorization => Header("Authorization");
}
