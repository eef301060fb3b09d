using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceShop.Skills.Dialogflow.Auth;

namespace VoiceShop.Skills.Tests.Dialogflow;

/// <summary>The authenticator on its own (the host tests cover each mode end to end, ID tokens included).</summary>
public sealed class DialogflowAuthenticatorTests
{
    private static Task<string?> CheckAsync(DialogflowAuthOptions options, Dictionary<string, string> headers)
    {
        using var keys = new GoogleSigningKeys(options, new HttpClient(), TimeProvider.System, NullLogger<GoogleSigningKeys>.Instance);
        var authenticator = new DialogflowAuthenticator(options, keys);
        var lookup = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        return authenticator.AuthenticateAsync(new DialogflowCredentials(name => lookup.GetValueOrDefault(name)), CancellationToken.None);
    }

    [Fact]
    public async Task The_default_options_fail_closed()
    {
        var options = new DialogflowAuthOptions();
        Assert.Equal(DialogflowAuthMode.GoogleIdToken, options.Mode);
        Assert.NotNull(await CheckAsync(options, new() { ["Authorization"] = "Bearer anything" }));
    }

    [Fact]
    public async Task Basic_compares_both_halves()
    {
        var options = new DialogflowAuthOptions { Mode = DialogflowAuthMode.Basic, Username = "u", Password = "p" };
        static Dictionary<string, string> Basic(string value) => new() { ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) };
        Assert.Null(await CheckAsync(options, Basic("u:p")));
        Assert.NotNull(await CheckAsync(options, Basic("u:P")));
        Assert.NotNull(await CheckAsync(options, Basic("U:p")));
        Assert.NotNull(await CheckAsync(options, Basic("up")));
        Assert.NotNull(await CheckAsync(options, Basic("u:p ")));
    }

    [Fact]
    public async Task Api_key_reads_the_configured_header()
    {
        var options = new DialogflowAuthOptions { Mode = DialogflowAuthMode.ApiKey, ApiKey = "key" };
        Assert.Null(await CheckAsync(options, new() { ["X-API-KEY"] = "key" }));
        Assert.NotNull(await CheckAsync(options, new() { ["x-api-key"] = "key2" }));
        Assert.NotNull(await CheckAsync(new DialogflowAuthOptions { Mode = DialogflowAuthMode.ApiKey }, new() { ["x-api-key"] = "" }));
    }

    [Theory]
    [InlineData("secret", "secret", true)]
    [InlineData("secret", "Secret", false)]
    [InlineData("secre", "secret", false)]
    [InlineData(null, "secret", false)]
    [InlineData("", "", false)]
    public void Secrets_compare_exactly(string? presented, string? expected, bool equal) =>
        Assert.Equal(equal, SecretComparer.AreEqual(presented, expected));
}
