using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace VoiceShop.Functions.DevConsole;

/// <summary>
/// Where this host listens, as a loopback URL, so that the console sends platform requests through the
/// host's real HTTP pipeline (Kestrel, routing, body limits, verification) rather than calling handlers.
/// Taken from the server's bound addresses, never from the request's Host header, which a caller controls.
/// </summary>
public sealed partial class SelfAddress(IServer server)
{
    /// <summary>The base URL (ending in "/"), or null when the server has no HTTP address (an in-memory test server).</summary>
    public Uri? Find()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return null;
        }

        // Wildcard bindings (0.0.0.0, [::], +, *) and names are reached over IPv4 loopback.
        var normalized = WildcardHost().Replace(chosen, "${scheme}://127.0.0.1${port}");
        return Uri.TryCreate(normalized.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<scheme>https?)://(0\.0\.0\.0|\[::\]|\+|\*|localhost)(?<port>:\d+)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WildcardHost();
}
