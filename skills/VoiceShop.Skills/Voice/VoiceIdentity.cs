namespace VoiceShop.Skills.Voice;

/// <summary>
/// How the voice channel names the shopper: by VoiceShop's own account token, the same one the text channel
/// and in-car clients send, so one sign-in serves every channel of ours. The value equals
/// <c>PlatformIdentity.VoiceShop</c>, which the text channel introduces alongside the demo shopper's link.
/// </summary>
public static class VoiceIdentity
{
    public const string Provider = "voiceshop";
}
