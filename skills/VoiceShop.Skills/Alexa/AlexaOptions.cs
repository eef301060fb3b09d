namespace VoiceShop.Skills.Alexa;

/// <summary>The <c>Alexa</c> configuration section.</summary>
public sealed class AlexaOptions
{
    /// <summary>Skill ids allowed to call us; empty accepts none, unless <see cref="AcceptAnySkillWhenEmpty"/>.</summary>
    public string[] SkillIds { get; set; } = [];

    /// <summary>
    /// Whether an empty <see cref="SkillIds"/> lets every skill in. The host sets it in Development only, where a
    /// simulator's skill id is arbitrary; anywhere else an unconfigured list must fail closed.
    /// </summary>
    public bool AcceptAnySkillWhenEmpty { get; set; }

    /// <summary>Whether request signatures and timestamps are verified. Off only for the local console and tests.</summary>
    public bool VerifyRequests { get; set; } = true;

    /// <summary>Extra PEM roots trusted for the signing chain (private deployments and tests).</summary>
    public string? TrustedRootsPath { get; set; }
}
