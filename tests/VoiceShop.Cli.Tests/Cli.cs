namespace VoiceShop.Cli.Tests;

/// <summary>Runs the voiceshop command in-process and captures what it printed.</summary>
public static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliRun(int ExitCode, string Output, string Error);
