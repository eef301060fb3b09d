namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Where the host finds its files and where it listens, decided the way a deployment expects rather than by
/// the folder it happens to be started from.
/// </summary>
public static class HostStartup
{
    /// <summary>The address used when no setting names one: loopback only, the Azure Functions local port.</summary>
    public const string FallbackUrl = "http://127.0.0.1:7071";

    /// <summary>
    /// The builder options: the content root (where <c>appsettings*.json</c> are read and a relative SQLite path
    /// points) is the application's own folder, so <c>dotnet /app/VoiceShop.Functions.dll</c> started from any
    /// folder reads its settings; <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> still choose another.
    /// </summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsContentRootConfigured(args) ? null : AppContext.BaseDirectory,
    };

    /// <summary>
    /// The address to listen on when the standard settings leave it open, or null to let ASP.NET Core decide.
    /// Under Azure Functions the port the Functions host hands over (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c>) wins;
    /// otherwise <c>urls</c> (<c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>Urls</c>), <c>http_ports</c>/<c>https_ports</c>
    /// (<c>ASPNETCORE_HTTP_PORTS</c>, set by the .NET container images) or Kestrel endpoints are followed, and
    /// only when none is set does the host listen on <see cref="FallbackUrl"/>.
    /// </summary>
    public static string? ListeningUrl(IConfiguration configuration, string? functionsCustomHandlerPort)
    {
        if (!string.IsNullOrWhiteSpace(functionsCustomHandlerPort))
        {
            return $"http://127.0.0.1:{functionsCustomHandlerPort.Trim()}";
        }

        var configured = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        return configured ? null : FallbackUrl;
    }

    private static bool IsContentRootConfigured(string[] args)
    {
        // The same sources, in the same order, that the host reads its own contentRoot setting from.
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        return !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ContentRootKey]);
    }
}
