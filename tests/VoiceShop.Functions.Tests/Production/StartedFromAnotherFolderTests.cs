using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using VoiceShop.Commerce.Seed;
using VoiceShop.Functions.Tests.ScaleOut;

namespace VoiceShop.Functions.Tests.Production;

/// <summary>
/// The host run the way deployments run it: <c>dotnet /app/VoiceShop.Functions.dll</c> as its own process,
/// started from some other folder, told where to listen by <c>ASPNETCORE_URLS</c>. It must still read its own
/// appsettings files and keep its SQLite file beside itself, and listen where it was told.
/// </summary>
public sealed class StartedFromAnotherFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("voiceshop-elsewhere-").FullName;

    [Fact]
    public async Task A_production_copy_reads_its_appsettings_keeps_its_database_beside_itself_and_listens_on_ASPNETCORE_URLS()
    {
        var app = CopyOfTheBuild();
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Alexa__SkillIds__0"] = ProductionHost.SkillId,
        };

        await using var host = await HostProcess.StartAsync(environment, Path.Combine(app, "VoiceShop.Functions.dll"), elsewhere, urlsInEnvironment: true);

        // The database is the shipped setting's relative data/voiceshop.db, placed under the app's own folder.
        Assert.True(File.Exists(Path.Combine(app, "data", "voiceshop.db")), host.Output);
        Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")), host.Output);
        Assert.Contains($"Now listening on: {host.Address.ToString().TrimEnd('/')}", host.Output, StringComparison.Ordinal);
        Assert.Contains($"Content root path: {app}", host.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/console")).StatusCode);
        var demoOrders = await SayAsync(host.Client, "where is my order", DemoData.DemoAccessToken);
        Assert.DoesNotContain("paper towels", demoOrders, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_development_host_started_elsewhere_reads_its_development_settings()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Store__ConnectionString"] = $"Data Source={Path.Combine(_root, "voiceshop.db")}",
        };

        await using var host = await HostProcess.StartAsync(environment, workingDirectory: elsewhere, urlsInEnvironment: true);

        // Only appsettings.Development.json switches the console on and seeds the demo shopper.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/console")).StatusCode);
        Assert.Contains("paper towels", await SayAsync(host.Client, "where is my order", DemoData.DemoAccessToken), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>The host's build output copied to a folder of its own, as a publish would lay it out in /app.</summary>
    private string CopyOfTheBuild()
    {
        var build = Path.GetDirectoryName(HostProcess.FindHostAssembly())!;
        var app = Path.Combine(_root, "app");
        foreach (var file in Directory.EnumerateFiles(build, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(build, file);
            if (relative.StartsWith("data" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(app, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return app + Path.DirectorySeparatorChar;
    }

    private static async Task<string> SayAsync(HttpClient client, string text, string token)
    {
        var body = new JsonObject { ["text"] = text, ["sessionId"] = "elsewhere", ["accessToken"] = token, ["locale"] = "en-US" };
        using var response = await client.PostAsync("/api/text", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/text answered {(int)response.StatusCode}: {answer}");
        return JsonNode.Parse(answer)!["text"]!.GetValue<string>();
    }
}
