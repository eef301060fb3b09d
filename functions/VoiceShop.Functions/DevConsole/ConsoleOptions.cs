namespace VoiceShop.Functions.DevConsole;

/// <summary>
/// The <c>Console</c> configuration section. The developer console can create shoppers and shows order
/// history, so it is off unless switched on (appsettings.Development.json does).
/// </summary>
public sealed class ConsoleOptions
{
    /// <summary>Serve <c>/console</c> and <c>/api/console/*</c>.</summary>
    public bool Enabled { get; set; }
}
