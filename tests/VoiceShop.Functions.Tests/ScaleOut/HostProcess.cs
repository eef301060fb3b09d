using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VoiceShop.Functions.Tests.ScaleOut;

/// <summary>
/// One VoiceShop host as its own operating-system process (<c>dotnet VoiceShop.Functions.dll --urls …</c>),
/// the way a function instance runs: nothing shared with the test or with other instances but the
/// database it is pointed at.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host built next to these tests with <paramref name="environment"/> and waits until it answers.</summary>
    /// <param name="dll">The host to run; the build next to these tests when null.</param>
    /// <param name="workingDirectory">The folder it is started from; its own folder when null.</param>
    /// <param name="urlsInEnvironment">Give the address as <c>ASPNETCORE_URLS</c>, as a container does, instead of <c>--urls</c>.</param>
    public static async Task<HostProcess> StartAsync(
        IReadOnlyDictionary<string, string> environment,
        string? dll = null,
        string? workingDirectory = null,
        bool urlsInEnvironment = false)
    {
        dll ??= FindHostAssembly();
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        if (!urlsInEnvironment)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        if (urlsInEnvironment)
        {
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host process.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync();
        return host;
    }

    /// <summary>Starts <paramref name="count"/> hosts at the same moment; if any fails, stops the others.</summary>
    public static async Task<IReadOnlyList<HostProcess>> StartManyAsync(IReadOnlyDictionary<string, string> environment, int count)
    {
        var starts = Enumerable.Range(0, count).Select(_ => StartAsync(environment)).ToList();
        try
        {
            return await Task.WhenAll(starts);
        }
        catch
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await start.Result.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} before answering:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host did not answer /api/health within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>
    /// The host's own build output, in the configuration these tests were built in (the test project
    /// references the host, so building the tests builds it).
    /// </summary>
    public static string FindHostAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "VoiceShop.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No VoiceShop.sln above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(root.FullName, "functions", "VoiceShop.Functions", "bin", configuration, framework, "VoiceShop.Functions.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The host build {dll} is missing; build the solution first.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
