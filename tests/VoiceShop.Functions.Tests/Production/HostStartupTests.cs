using Microsoft.Extensions.Configuration;
using VoiceShop.Commerce.Stores.Sqlite;
using VoiceShop.Functions.Hosting;

namespace VoiceShop.Functions.Tests.Production;

/// <summary>Which address the host listens on, and where a relative SQLite file lands, for each way of saying it.</summary>
public sealed class HostStartupTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5005")]
    public void A_standard_setting_is_left_to_ASP_NET_Core(string key, string value)
    {
        Assert.Null(HostStartup.ListeningUrl(Configuration(new() { [key] = value }), functionsCustomHandlerPort: null));
    }

    [Fact]
    public void Without_any_setting_the_host_listens_on_loopback_7071()
    {
        Assert.Equal("http://127.0.0.1:7071", HostStartup.ListeningUrl(Configuration([]), functionsCustomHandlerPort: null));
        Assert.Equal("http://127.0.0.1:7071", HostStartup.ListeningUrl(Configuration(new() { ["urls"] = " " }), functionsCustomHandlerPort: ""));
    }

    [Fact]
    public void The_azure_functions_port_wins_over_every_setting()
    {
        var configuration = Configuration(new() { ["urls"] = "http://0.0.0.0:8080", ["http_ports"] = "8080" });

        Assert.Equal("http://127.0.0.1:40123", HostStartup.ListeningUrl(configuration, functionsCustomHandlerPort: "40123"));
    }

    [Fact]
    public void A_relative_sqlite_file_lands_under_the_content_root_and_anything_else_is_kept()
    {
        var root = Path.Combine(Path.GetTempPath(), "app");

        Assert.Equal($"Data Source={Path.Combine(root, "data", "voiceshop.db")}", SqlitePaths.UnderContentRoot("Data Source=data/voiceshop.db", root));
        Assert.Equal("Data Source=/var/lib/voiceshop/voiceshop.db", SqlitePaths.UnderContentRoot("Data Source=/var/lib/voiceshop/voiceshop.db", root));
        Assert.Equal("Data Source=:memory:", SqlitePaths.UnderContentRoot("Data Source=:memory:", root));
        Assert.Equal("Data Source=shared;Mode=Memory", SqlitePaths.UnderContentRoot("Data Source=shared;Mode=Memory", root));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
