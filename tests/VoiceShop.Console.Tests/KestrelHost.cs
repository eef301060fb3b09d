using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Functions.Tests;

namespace VoiceShop.Console.Tests;

/// <summary>
/// The real host on real Kestrel, bound to a free loopback port: browsers and the CLI reach it over TCP,
/// and the console can call the host's own endpoints. Each instance has its own SQLite file and fake clock.
/// </summary>
public sealed class KestrelHost : IDisposable
{
    private KestrelHost(VoiceShopHost host, Uri address)
    {
        Host = host;
        Address = address;
    }

    public VoiceShopHost Host { get; }

    /// <summary>The base URL, ending in "/".</summary>
    public Uri Address { get; }

    public static KestrelHost Start()
    {
        var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Console:Enabled"] = "true" });
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var bound = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelHost(host, new Uri(bound.TrimEnd('/') + "/"));
    }

    public void Dispose() => Host.Dispose();
}
