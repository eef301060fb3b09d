using VoiceShop.Skills.Alexa;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Outside Development, repeats every minute that Alexa request verification is off. Running without it is
/// legitimate behind a gateway that verifies the signatures, but a start-up line scrolls away, and a host
/// left open this way takes forged purchases: the reminder keeps it visible in whatever the operator watches.
/// </summary>
public sealed partial class VerificationOffReminder(
    AlexaOptions options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<VerificationOffReminder> logger) : BackgroundService
{
    /// <summary>How often the reminder is logged.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.VerifyRequests || environment.IsDevelopment())
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                LogStillOff(environment.EnvironmentName);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alexa request verification is still OFF in {Environment} (Alexa:VerifyRequests=false): every request is trusted as sent")]
    private partial void LogStillOff(string environment);
}
