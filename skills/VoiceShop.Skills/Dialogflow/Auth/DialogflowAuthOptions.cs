namespace VoiceShop.Skills.Dialogflow.Auth;

/// <summary>
/// The <c>Dialogflow:Auth</c> configuration section: how the webhook proves a request came from our agent.
/// The default is <see cref="DialogflowAuthMode.GoogleIdToken"/> with no audience, which refuses every request
/// until an audience is configured: an unconfigured deployment fails closed, never open.
/// </summary>
public sealed class DialogflowAuthOptions
{
    public DialogflowAuthMode Mode { get; set; } = DialogflowAuthMode.GoogleIdToken;

    /// <summary>Basic: the user name set on the agent's webhook.</summary>
    public string? Username { get; set; }

    /// <summary>Basic: the password set on the agent's webhook.</summary>
    public string? Password { get; set; }

    /// <summary>ApiKey: the request header the agent sends the key in.</summary>
    public string HeaderName { get; set; } = "x-api-key";

    /// <summary>ApiKey: the expected key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>GoogleIdToken: the expected <c>aud</c> claim (usually the webhook URL). Required.</summary>
    public string? Audience { get; set; }

    /// <summary>GoogleIdToken: accepted <c>iss</c> values; Google uses both spellings.</summary>
    public string[] Issuers { get; set; } = ["https://accounts.google.com", "accounts.google.com"];

    /// <summary>GoogleIdToken: when set, the token's <c>email</c> must be one of these (the agent's Dialogflow service agent).</summary>
    public string[] AllowedEmails { get; set; } = [];

    /// <summary>GoogleIdToken: Google's published signing keys (a JWKS document).</summary>
    public string JwksUrl { get; set; } = "https://www.googleapis.com/oauth2/v3/certs";

    /// <summary>GoogleIdToken: a local JWKS file used instead of <see cref="JwksUrl"/> (tests, air-gapped installs).</summary>
    public string? KeysPath { get; set; }

    /// <summary>GoogleIdToken: how long fetched keys are reused. Google rotates its keys over days.</summary>
    public int KeysCacheMinutes { get; set; } = 60;
}

/// <summary>How Dialogflow webhook requests are authenticated.</summary>
public enum DialogflowAuthMode
{
    /// <summary>No check: local development and tests only.</summary>
    None,

    /// <summary><c>Authorization: Basic</c> with the agent's configured user name and password.</summary>
    Basic,

    /// <summary>A shared key in a custom request header.</summary>
    ApiKey,

    /// <summary>The Google-signed ID token Dialogflow's service agent sends as <c>Authorization: Bearer</c>.</summary>
    GoogleIdToken,
}
