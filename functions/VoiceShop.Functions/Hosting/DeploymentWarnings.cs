using VoiceShop.Commerce.Stores;
using VoiceShop.Functions.DevConsole;
using VoiceShop.Skills.Alexa;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Says at start-up, once, what in the configuration makes this host refuse requests or trust too much, so an
/// operator reads the cause in the log before a shopper meets it: no Alexa skill id (every Alexa request is
/// refused), demo data outside Development (built-in tokens can order), a console switched on where it is
/// never served.
/// </summary>
public sealed partial class DeploymentWarnings(
    AlexaOptions alexa,
    StoreOptions store,
    ConsoleOptions console,
    IHostEnvironment environment,
    ILogger<DeploymentWarnings> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (alexa.SkillIds.Length == 0 && !alexa.AcceptAnySkillWhenEmpty)
        {
            LogNoSkillIds();
        }

        if (!environment.IsDevelopment() && store.SeedDemoData)
        {
            LogDemoDataSeeded(environment.EnvironmentName);
        }

        if (!environment.IsDevelopment() && console.Enabled)
        {
            LogConsoleIgnored(environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alexa:SkillIds is empty: every Alexa request is refused with a 400 until it lists your skill's id")]
    private partial void LogNoSkillIds();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store:SeedDemoData is on in {Environment}: the demo shopper's built-in tokens and caller id can order from this host; turn it off for real shoppers")]
    private partial void LogDemoDataSeeded(string environment);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console:Enabled is ignored in {Environment}: the test console is served in Development only")]
    private partial void LogConsoleIgnored(string environment);
}
