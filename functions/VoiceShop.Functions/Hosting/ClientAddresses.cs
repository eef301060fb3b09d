using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Where a request came from, for the per-address purchase limit. The HTTP connection's address, unless the
/// connection is from a proxy listed in <c>Hosting:KnownProxies</c> (addresses) or <c>Hosting:KnownNetworks</c>
/// (CIDR ranges): only then is its <c>X-Forwarded-For</c> believed. By default no proxy is trusted, because a
/// header anyone can send would let one client pose as many and slip past the limit.
/// </summary>
public static class ClientAddresses
{
    /// <summary>The configuration key listing trusted proxy addresses.</summary>
    public const string KnownProxiesKey = "Hosting:KnownProxies";

    /// <summary>The configuration key listing trusted proxy networks, in CIDR notation.</summary>
    public const string KnownNetworksKey = "Hosting:KnownNetworks";

    /// <summary>
    /// Rewrites the connection's remote address from <c>X-Forwarded-For</c> for requests from the listed proxies
    /// only. Runs first, so every function sees the client's address. A setting that is not an address or a
    /// network stops start-up with a message naming it.
    /// </summary>
    public static WebApplication UseClientAddresses(this WebApplication app)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor,

            // Only hops through listed proxies are unwrapped, however long the chain, so no limit is needed.
            ForwardLimit = null,
        };

        // The defaults trust loopback; a sidecar on the same machine must be listed like any other proxy.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Values(app.Configuration, KnownProxiesKey))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{KnownProxiesKey} holds \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in Values(app.Configuration, KnownNetworksKey))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{KnownNetworksKey} holds \"{network}\", which is not a network such as 10.0.0.0/8."));
        }

        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>The client's address as the purchase limit counts it (IPv4 in its usual form), or null when unknown.</summary>
    public static string? ClientAddress(this HttpRequest request) =>
        request.HttpContext.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : null;

    /// <summary>A list setting, given either as an array or as one comma-separated value (handy in an environment variable).</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
