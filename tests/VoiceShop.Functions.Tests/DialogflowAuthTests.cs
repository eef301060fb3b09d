using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Each Dialogflow:Auth:Mode through the real host: good credentials are answered, bad ones are a 401 that
/// changes nothing. ID tokens are signed with an RSA key generated here and published in a local keys file.
/// </summary>
public sealed class DialogflowAuthTests : IDisposable
{
    private const string Audience = "https://voiceshop.test/api/dialogflow";
    private const string ServiceAgent = "service-123@gcp-sa-dialogflow.iam.gserviceaccount.com";
    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-auth-").FullName;
    private readonly RSA _googleKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly List<VoiceShopHost> _hosts = [];

    private string KeysPath => Path.Combine(_directory, "google-keys.json");

    [Fact]
    public async Task Mode_none_answers_without_credentials()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Host(new() { ["Dialogflow:Auth:Mode"] = "None" }), []));
    }

    [Fact]
    public async Task Basic_accepts_the_configured_user_and_password_only()
    {
        var host = Host(new() { ["Dialogflow:Auth:Mode"] = "Basic", ["Dialogflow:Auth:Username"] = "dialogflow", ["Dialogflow:Auth:Password"] = "s3cret:with-colon" });
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, Basic("dialogflow", "s3cret:with-colon")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Basic("dialogflow", "s3cret")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Basic("someone", "s3cret:with-colon")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, new() { ["Authorization"] = "Basic not-base64!" }));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, new() { ["Authorization"] = "Bearer dialogflow" }));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, []));
    }

    [Fact]
    public async Task Basic_without_configured_credentials_refuses_everyone()
    {
        var host = Host(new() { ["Dialogflow:Auth:Mode"] = "Basic" });
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Basic("", "")));
    }

    [Fact]
    public async Task Api_key_accepts_the_configured_header_only()
    {
        var host = Host(new() { ["Dialogflow:Auth:Mode"] = "ApiKey", ["Dialogflow:Auth:HeaderName"] = "X-VoiceShop-Key", ["Dialogflow:Auth:ApiKey"] = "k-123456" });
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, new() { ["x-voiceshop-key"] = "k-123456" }));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, new() { ["X-VoiceShop-Key"] = "k-12345" }));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, new() { ["X-Api-Key"] = "k-123456" }));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, []));
    }

    [Fact]
    public async Task Google_id_token_accepts_a_token_signed_by_a_published_key_for_our_audience()
    {
        var host = IdTokenHost();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, Bearer(Token())));
    }

    [Fact]
    public async Task Google_id_token_rejects_every_bad_token()
    {
        var host = IdTokenHost();
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Token(audience: "https://elsewhere.test/"))));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Token(issuer: "https://evil.test"))));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Token(key: _otherKey))));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Token(expires: DateTime.UtcNow.AddMinutes(-10)))));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Token(email: "someone@example.com"))));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Unsigned())));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer("not.a.jwt")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, []));
    }

    [Fact]
    public async Task Google_id_token_without_a_configured_audience_fails_closed()
    {
        WriteKeys();
        var host = Host(new() { ["Dialogflow:Auth:Mode"] = "GoogleIdToken", ["Dialogflow:Auth:KeysPath"] = KeysPath });
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Bearer(Token())));
    }

    [Fact]
    public async Task A_refused_confirm_orders_nothing_and_leaves_the_purchase_to_a_genuine_one()
    {
        var host = Host(new() { ["Dialogflow:Auth:Mode"] = "ApiKey", ["Dialogflow:Auth:ApiKey"] = "k-123456" });
        var conversation = new CxConversation(host.CreateClient(), new JsonObject { ["accessToken"] = DemoData.DemoGoogleToken });
        conversation.Headers["x-api-key"] = "k-123456";
        await conversation.SendAsync("reorder", "reorder");
        var before = (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

        var forged = conversation.Build("confirm", "yes").ToJsonString();
        using var refused = await CxConversation.PostRawAsync(host.CreateClient(), "/api/dialogflow", forged, new Dictionary<string, string> { ["x-api-key"] = "guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(before, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);

        var placed = await conversation.SendAsync("confirm", "yes");
        Assert.StartsWith("Done.", placed.Speech, StringComparison.Ordinal);
        Assert.Equal(before + 1, (await host.Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count);
    }

    [Fact]
    public async Task Authentication_comes_before_parsing_and_covers_the_es_endpoint()
    {
        var host = Host(new() { ["Dialogflow:Auth:Mode"] = "ApiKey", ["Dialogflow:Auth:ApiKey"] = "k-123456" });
        using var malformed = await CxConversation.PostRawAsync(host.CreateClient(), "/api/dialogflow", "{not json");
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        using var es = await CxConversation.PostRawAsync(host.CreateClient(), "/api/dialogflow/es", "{}");
        Assert.Equal(HttpStatusCode.Unauthorized, es.StatusCode);
    }

    private VoiceShopHost IdTokenHost()
    {
        WriteKeys();
        return Host(new()
        {
            ["Dialogflow:Auth:Mode"] = "GoogleIdToken",
            ["Dialogflow:Auth:Audience"] = Audience,
            ["Dialogflow:Auth:KeysPath"] = KeysPath,
            ["Dialogflow:Auth:AllowedEmails:0"] = ServiceAgent,
        });
    }

    private VoiceShopHost Host(Dictionary<string, string?> settings)
    {
        var host = new VoiceShopHost(settings: settings);
        _hosts.Add(host);
        return host;
    }

    private static async Task<HttpStatusCode> StatusAsync(VoiceShopHost host, Dictionary<string, string> headers)
    {
        var body = new CxConversation(host.CreateClient()).Build("help", "help").ToJsonString();
        using var response = await CxConversation.PostRawAsync(host.CreateClient(), "/api/dialogflow", body, headers);
        return response.StatusCode;
    }

    private static Dictionary<string, string> Basic(string user, string password) =>
        new() { ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)) };

    private static Dictionary<string, string> Bearer(string token) => new() { ["Authorization"] = "Bearer " + token };

    /// <summary>Publishes the Google test key (only its public half) as a JWKS file.</summary>
    private void WriteKeys()
    {
        var parameters = _googleKey.ExportParameters(includePrivateParameters: false);
        var jwks = new JsonObject
        {
            ["keys"] = new JsonArray((JsonNode)new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = "google-test-key",
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            }),
        };
        File.WriteAllText(KeysPath, jwks.ToJsonString());
    }

    private string Token(string audience = Audience, string issuer = "https://accounts.google.com", RSA? key = null, DateTime? expires = null, string email = ServiceAgent)
    {
        var signingKey = new RsaSecurityKey(key ?? _googleKey) { KeyId = "google-test-key" };
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-60),
            NotBefore = expiry.AddMinutes(-60),
            Expires = expiry,
            Claims = new Dictionary<string, object> { ["email"] = email, ["email_verified"] = true, ["sub"] = "1234567890" },
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>An "alg":"none" token with valid claims: must never pass.</summary>
    private static string Unsigned()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        return Part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Part($"{{\"iss\":\"https://accounts.google.com\",\"aud\":\"{Audience}\",\"exp\":{exp},\"email\":\"{ServiceAgent}\",\"email_verified\":true}}") + ".";
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _googleKey.Dispose();
        _otherKey.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS.
        }
    }
}
