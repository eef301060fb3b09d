extern alias cli;

using System.Text.Json.Nodes;
using cli::VoiceShop.Cli;
using cli::VoiceShop.Cli.Commands;
using Xunit.Abstractions;

namespace VoiceShop.Console.Tests;

/// <summary>
/// <c>voiceshop simulate</c> against a running host (real Kestrel): a session typed in the REPL is recorded,
/// replays green on a fresh host, and fails with a non-zero exit code once a reply no longer matches.
/// </summary>
public sealed class SimulateCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-simulate-test-").FullName;

    [Theory]
    [InlineData("alexa")]
    [InlineData("dialogflow")]
    public async Task Recorded_conversation_replays_and_a_changed_reply_fails(string platform)
    {
        var recording = Path.Combine(_directory, $"reorder-{platform}.json");
        using (var host = KestrelHost.Start())
        {
            var typed = await RunAsync(["simulate", "--platform", platform, "--url", host.Address.ToString(), "--record", recording], "open voice shop\nreorder\nyes\n");
            Assert.Equal(0, typed.ExitCode);
            Assert.Contains("Order it again?", typed.Output);
            Assert.Contains("(session ended)", typed.Output);
        }

        var script = JsonNode.Parse(await File.ReadAllTextAsync(recording))!.AsObject();
        Assert.Equal(platform, script["platform"]!.GetValue<string>());
        Assert.Equal(["LaunchRequest", "ReorderIntent", "YesIntent"], script["turns"]!.AsArray().Select(t => t!["expect"]!["intent"]!.GetValue<string>()));

        using (var host = KestrelHost.Start())
        {
            var replay = await RunAsync(["simulate", "--platform", platform, "--url", host.Address.ToString(), "--replay", recording], "");
            output.WriteLine(replay.Output);
            Assert.Equal(0, replay.ExitCode);
            Assert.EndsWith("3 passed, 0 failed", replay.Output.TrimEnd());
        }

        // The shop changes what it says: the recorded expectation no longer holds.
        var changed = Path.Combine(_directory, $"reorder-{platform}-changed.json");
        var reorder = script["turns"]![1]!["expect"]!.AsObject();
        reorder["speechContains"] = reorder["speechContains"]!.GetValue<string>().Replace("$31.47", "$29.99", StringComparison.Ordinal);
        await File.WriteAllTextAsync(changed, script.ToJsonString());
        using (var host = KestrelHost.Start())
        {
            var replay = await RunAsync(["simulate", "--url", host.Address.ToString(), "--replay", changed], "");
            output.WriteLine(replay.Output);
            Assert.Equal(1, replay.ExitCode);
            Assert.Contains("✗ speech: expected it to contain", replay.Output);
            Assert.EndsWith("2 passed, 1 failed", replay.Output.TrimEnd());
        }
    }

    [Fact]
    public async Task Replay_of_a_missing_file_is_a_clear_failure()
    {
        var run = await RunAsync(["simulate", "--platform", "alexa", "--url", "http://127.0.0.1:9/", "--replay", Path.Combine(_directory, "nope.json")], "");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.Error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string input)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode;
        try
        {
            exitCode = await SimulateCommand.RunAsync(CommandLine.Parse(args), new StringReader(input), stdout, stderr, CancellationToken.None);
        }
        catch (CommandFailedException ex)
        {
            // CliApp turns this into exit code 1 with the message on stderr.
            stderr.WriteLine(ex.Message);
            exitCode = 1;
        }

        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
