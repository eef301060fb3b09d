using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VoiceShop.Skills.Dialogflow.Auth;

/// <summary>
/// Decides whether a webhook request comes from our Dialogflow agent, before anything reads its body, so a
/// refused request has no side effects. Returns null when it does, else the name of the failed check (never
/// a credential), which the host answers with 401 (Dialogflow's <c>webhook.error.rejected</c>).
/// </summary>
public sealed class DialogflowAuthenticator(DialogflowAuthOptions options, GoogleSigningKeys keys)
{
    private const string BasicPrefix = "Basic ";
    private const string BearerPrefix = "Bearer ";
    private readonly JsonWebTokenHandler _tokens = new();

    public async Task<string?> AuthenticateAsync(DialogflowCredentials credentials, CancellationToken cancellationToken) => options.Mode switch
    {
        DialogflowAuthMode.None => null,
        DialogflowAuthMode.Basic => CheckBasic(credentials.Authorization),
        DialogflowAuthMode.ApiKey => SecretComparer.AreEqual(credentials.Header(options.HeaderName), options.ApiKey) ? null : "api key",
        DialogflowAuthMode.GoogleIdToken => await CheckIdTokenAsync(credentials.Authorization, cancellationToken),
        _ => "unknown Dialogflow:Auth:Mode",
    };

    private string? CheckBasic(string? authorization)
    {
        if (string.IsNullOrEmpty(options.Username) || string.IsNullOrEmpty(options.Password))
        {
            return "basic auth not configured";
        }

        if (authorization is null || !authorization.StartsWith(BasicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return "basic credentials missing";
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[BasicPrefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return "basic credentials malformed";
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return "basic credentials malformed";
        }

        // Both halves are always compared, so timing does not reveal which one was wrong.
        var userMatches = SecretComparer.AreEqual(decoded[..colon], options.Username);
        var passwordMatches = SecretComparer.AreEqual(decoded[(colon + 1)..], options.Password);
        return userMatches & passwordMatches ? null : "basic credentials";
    }

    private async Task<string?> CheckIdTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            return "id token audience not configured";
        }

        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return "bearer token missing";
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        var result = await ValidateAsync(token, await keys.GetKeysAsync(forceRefresh: false, cancellationToken));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            result = await ValidateAsync(token, await keys.GetKeysAsync(forceRefresh: true, cancellationToken));
        }

        if (!result.IsValid)
        {
            return "id token " + (result.Exception?.GetType().Name ?? "invalid");
        }

        if (options.AllowedEmails.Length > 0)
        {
            var email = result.Claims.TryGetValue("email", out var value) ? value as string : null;
            var verified = result.Claims.TryGetValue("email_verified", out var flag) && (flag is true || (flag is string text && text == "true"));
            if (email is null || !verified || !options.AllowedEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            {
                return "id token email";
            }
        }

        return null;
    }

    private Task<TokenValidationResult> ValidateAsync(string token, IReadOnlyList<SecurityKey> signingKeys) =>
        _tokens.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = options.Issuers,
            ValidAudience = options.Audience,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });
}
