using VoiceShop.Commerce.Customers;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// How the voice channel names the shopper: by VoiceShop's own account token, the same one the text channel
/// and in-car clients send, so one sign-in serves every channel of ours.
/// </summary>
public static class VoiceIdentity
{
    public const string Provider = PlatformIdentity.VoiceShop;
}
