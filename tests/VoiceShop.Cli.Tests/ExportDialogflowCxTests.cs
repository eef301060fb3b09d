using System.Text.Json;

namespace VoiceShop.Cli.Tests;

public sealed class ExportDialogflowCxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Out => _folder.File("agent");

    [Fact]
    public async Task Writes_the_agent_package_tree()
    {
        var run = await Cli.RunAsync("export", "dialogflow-cx", "--out", Out, "--webhook-url", "https://shop.example.com/api/dialogflow");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("products", run.Output, StringComparison.Ordinal);
        foreach (var path in new[]
        {
            "agent.json",
            "flows/Default Start Flow/Default Start Flow.json",
            "intents/BuyIntent/BuyIntent.json",
            "intents/BuyIntent/trainingPhrases/en.json",
            "intents/Default Welcome Intent/Default Welcome Intent.json",
            "intents/Default Negative Intent/trainingPhrases/en.json",
            "entityTypes/product/product.json",
            "entityTypes/product/entities/en.json",
            "webhooks/voiceshop.json",
        })
        {
            Assert.True(File.Exists(Path.Combine(Out, path)), path);
        }

        using var webhook = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "webhooks/voiceshop.json")));
        Assert.Equal("https://shop.example.com/api/dialogflow", webhook.RootElement.GetProperty("genericWebService").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Exporting_again_gives_the_same_bytes_and_drops_stale_files()
    {
        Assert.Equal(0, (await Cli.RunAsync("export", "dialogflow-cx", "--out", Out)).ExitCode);
        var first = Snapshot(Out);
        Directory.CreateDirectory(Path.Combine(Out, "intents", "OldIntent"));
        File.WriteAllText(Path.Combine(Out, "intents", "OldIntent", "OldIntent.json"), "{}");

        Assert.Equal(0, (await Cli.RunAsync("export", "dialogflow-cx", "--out", Out)).ExitCode);

        var second = Snapshot(Out);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.True(kv.Value.SequenceEqual(second[kv.Key]), kv.Key));
    }

    [Fact]
    public async Task Without_a_webhook_url_the_agent_points_at_an_example_address_and_says_so()
    {
        var run = await Cli.RunAsync("export", "dialogflow-cx", "--out", Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--webhook-url", run.Output, StringComparison.Ordinal);
        Assert.Contains("example.invalid", File.ReadAllText(Path.Combine(Out, "webhooks/voiceshop.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_out_is_a_usage_error()
    {
        var run = await Cli.RunAsync("export", "dialogflow-cx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("export dialogflow-cx --out DIR", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_url_that_is_not_https_writes_nothing()
    {
        var run = await Cli.RunAsync("export", "dialogflow-cx", "--out", Out, "--webhook-url", "http://shop.example.com/api/dialogflow");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("https", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task A_folder_holding_something_else_is_left_alone()
    {
        Directory.CreateDirectory(Path.Combine(Out, "intents"));
        var mine = Path.Combine(Out, "intents", "notes.txt");
        File.WriteAllText(mine, "not an agent");

        var run = await Cli.RunAsync("export", "dialogflow-cx", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("agent.json", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(mine));
        Assert.False(File.Exists(Path.Combine(Out, "agent.json")));
    }

    [Fact]
    public async Task Products_come_from_the_given_catalog()
    {
        var catalog = _folder.Write("catalog.json", """
            [{"sku": "TENT-2", "name": "Two Person Tent", "synonyms": ["small tent"], "price": 149}]
            """);

        var run = await Cli.RunAsync("export", "dialogflow-cx", "--out", Out, "--catalog", catalog);

        Assert.Equal(0, run.ExitCode);
        using var entities = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "entityTypes/product/entities/en.json")));
        var entity = Assert.Single(entities.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal("TENT-2", entity.GetProperty("value").GetString());
        Assert.Contains("two person tent", File.ReadAllText(Path.Combine(Out, "intents/BuyIntent/trainingPhrases/en.json")), StringComparison.Ordinal);
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);

    public void Dispose() => _folder.Dispose();
}
