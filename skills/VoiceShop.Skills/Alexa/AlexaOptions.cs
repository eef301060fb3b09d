namespace VoiceShop.Skills.Alexa;

/// <summary>The <c>Alexa</c> configuration section.</summary>
public sealed class AlexaOptions
{
    /// <summary>Skill ids allowed to call us; empty accepts any (development only).</summary>
    public string[] SkillIds { get; set; } = [];

    /// <summary>Whether request signatures and timestamps are verified. Off only for the local console and tests.</summary>
    public bool VerifyRequests { get; set; } = true;

    /// <summary>Extra PEM roots trusted for the signing chain (private deployments and tests).</summary>
    public string? TrustedRootsPath { get; set; }
}
