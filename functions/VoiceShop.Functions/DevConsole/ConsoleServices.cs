using NodaTime;

namespace VoiceShop.Functions.DevConsole;

/// <summary>Registers the developer console's services; the endpoints are mapped only when it is enabled.</summary>
public static class ConsoleServices
{
    /// <summary>The named HTTP client the console uses to call this host's own platform endpoints.</summary>
    public const string SelfClient = "console-self";

    public static WebApplicationBuilder AddVoiceShopConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(builder.Configuration.GetSection("Console").Get<ConsoleOptions>() ?? new ConsoleOptions());
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<ConsoleShoppers>();
        services.AddHttpClient(SelfClient, client => client.Timeout = TimeSpan.FromSeconds(15));
        return builder;
    }
}
