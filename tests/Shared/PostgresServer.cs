using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace VoiceShop.TestSupport;

/// <summary>
/// A private PostgreSQL cluster for one test class: Debian's server binaries, a cluster made with initdb in
/// a temp folder, listening on a free loopback port only, stopped and deleted afterwards. Tests never use a
/// server they did not start, so they cannot touch anyone's data. When the binaries are missing every test
/// that needs them fails with the reason: a skipped store test would hide a broken store.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Where Debian installs the server, one folder per major version.</summary>
    private const string DebianInstallRoot = "/usr/lib/postgresql";

    private const string ServerUser = "postgres";

    private string? _folder;
    private string? _bin;

    public int Port { get; private set; }

    /// <summary>A connection string for the maintenance database (as the superuser, trusted on loopback).</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found under {DebianInstallRoot}/<version>/bin. "
            + "Install Debian's 'postgresql' package (./test.sh does) to run the PostgreSQL store tests.");
        _folder = Directory.CreateTempSubdirectory("voiceshop-pg-").FullName;
        var asServerUser = Environment.UserName == "root";
        if (asServerUser)
        {
            // initdb refuses to run as root, so the cluster belongs to the postgres user.
            await RunAsync("chown", ["-R", $"{ServerUser}:{ServerUser}", _folder]);
        }

        var data = Path.Combine(_folder, "data");
        await RunServerToolAsync(asServerUser, "initdb", ["-D", data, "-U", ServerUser, "--auth=trust", "--no-locale", "--encoding=UTF8", "--no-sync"]);
        Port = FreeLoopbackPort();
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories={_folder} -c fsync=off -c max_connections=200";
        await RunServerToolAsync(asServerUser, "pg_ctl", ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-o", settings, "-w", "-t", "60", "start"]);
    }

    /// <summary>Creates an empty database and returns its connection string; each test gets its own.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "voiceshop_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null || _bin is null)
        {
            return;
        }

        try
        {
            await RunServerToolAsync(Environment.UserName == "root", "pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServerUser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>The newest installed major version's bin folder, or null.</summary>
    private static string? FindBinaries()
    {
        if (!Directory.Exists(DebianInstallRoot))
        {
            return null;
        }

        return Directory.GetDirectories(DebianInstallRoot)
            .Select(folder => (Folder: folder, Version: decimal.TryParse(Path.GetFileName(folder), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0m))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => Path.Combine(candidate.Folder, "bin"))
            .FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunServerToolAsync(bool asServerUser, string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin!, tool);
        return asServerUser
            ? RunAsync("runuser", ["-u", ServerUser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
