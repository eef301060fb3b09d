namespace VoiceShop.Skills.Simulation;

/// <summary>
/// Who the simulator speaks as: the account-linking token the platform would send (null = not linked), the
/// device the reply is heard on, and the locale. The same shopper can be replayed on every platform.
/// </summary>
public sealed record SimulatedShopper(string? AccessToken, SimulatedDevice Device = SimulatedDevice.SmartSpeaker, string Locale = "en-US");

/// <summary>The kinds of device a developer can simulate; each maps to what the platform really sends for it.</summary>
public enum SimulatedDevice
{
    /// <summary>A device with a screen (Echo Show; Dialogflow's text chat).</summary>
    Screen,

    /// <summary>A screenless smart speaker (Echo Dot; Dialogflow voice transcripts).</summary>
    SmartSpeaker,

    /// <summary>A car (Alexa Automotive context): brief replies.</summary>
    Car,
}
