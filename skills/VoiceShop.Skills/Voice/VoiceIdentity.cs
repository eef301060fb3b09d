using VoiceShop.Commerce.Customers;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// How the voice channel names the shopper. Its clients send the same account-linking access token that
/// VoiceShop's authorization server issues when a shopper links Alexa (the demo shopper's is <c>demo-token</c>),
/// so the token is looked up under that provider rather than a new one that no account is linked to.
/// </summary>
public static class VoiceIdentity
{
    public const string Provider = PlatformIdentity.Alexa;
}
