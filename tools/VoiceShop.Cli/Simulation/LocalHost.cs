using System.Diagnostics;
using System.Text.RegularExpressions;

namespace VoiceShop.Cli.Simulation;

/// <summary>
/// A VoiceShop host for <c>voiceshop simulate</c> without <c>--url</c>: the real VoiceShop.Functions app,
/// started as a child process on a free loopback port in Development, with a throw-away SQLite file seeded
/// with the demo data. It is stopped and its files removed when disposed.
/// </summary>
public sealed partial class LocalHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private LocalHost(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Address = address;
    }

    /// <summary>The host's base URL, ending in "/".</summary>
    public Uri Address { get; }

    /// <summary>Starts the host and waits until it listens (or fails with its own output as the reason).</summary>
    public static async Task<LocalHost> StartAsync(CancellationToken cancellationToken)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "VoiceShop.Functions.dll");
        if (!File.Exists(app))
        {
            throw new CommandFailedException($"The VoiceShop host is not next to this tool ({app}); pass --url to use a running host.");
        }

        var directory = Directory.CreateTempSubdirectory("voiceshop-simulate-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Store__ConnectionString"] = $"Data Source={Path.Combine(directory, "voiceshop.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new CommandFailedException("Could not start the VoiceShop host.");
        var seen = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.Add(line);
                if (Listening().Match(line) is { Success: true } match)
                {
                    // Keep draining the host's output so that it never blocks on a full pipe.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                    return new LocalHost(process, directory, new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            seen.Add("(no address after 60 s)");
        }

        var errors = process.HasExited ? await process.StandardError.ReadToEndAsync(CancellationToken.None) : "";
        await StopAsync(process);
        Directory.Delete(directory, recursive: true);
        throw new CommandFailedException($"The VoiceShop host did not start:\n{string.Join('\n', seen)}\n{errors}".TrimEnd());
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(_process);
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is left to the OS.
        }
    }

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex Listening();
}
