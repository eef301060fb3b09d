namespace VoiceShop.Commerce.Customers;

/// <summary>
/// A way a platform names a customer: <see cref="Provider"/> is the platform ("alexa", "google"),
/// <see cref="Subject"/> the account-linking token or caller id it sends.
/// </summary>
public sealed record PlatformIdentity(string Provider, string Subject)
{
    /// <summary>The provider name for Amazon Alexa account-linking access tokens.</summary>
    public const string Alexa = "alexa";

    /// <summary>The provider name for account-link tokens sent by Google (Dialogflow) integrations.</summary>
    public const string Google = "google";

    /// <summary>The provider name for telephone caller ids (E.164) registered to a customer.</summary>
    public const string Phone = "phone";

    /// <summary>The provider name for VoiceShop's own account tokens (the text and voice channels, in-car clients).</summary>
    public const string VoiceShop = "voiceshop";
}
