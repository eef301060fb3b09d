using Microsoft.AspNetCore.Diagnostics;

namespace VoiceShop.Functions.Hosting;

/// <summary>Web-host concerns: listening address, body limits, the Azure Functions custom-handler port, errors.</summary>
public static class HostingExtensions
{
    /// <summary>The largest request body any function accepts. Alexa's own requests are a few KiB.</summary>
    public const int MaxBodyBytes = 128 * 1024;

    public static WebApplicationBuilder AddVoiceShopHosting(this WebApplicationBuilder builder)
    {
        // Under the Azure Functions host the port arrives in the environment; --urls in host.json passes it too,
        // but honouring the variable directly keeps `func start` working with older host.json files.
        if (HostStartup.ListeningUrl(builder.Configuration, Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT")) is { } url)
        {
            builder.WebHost.UseUrls(url);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Unexpected exceptions become a problem-details 500 without a stack trace; handlers avoid reaching it.</summary>
    public static WebApplication UseVoiceShopErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
