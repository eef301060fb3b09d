namespace VoiceShop.Skills.Simulation;

/// <summary>The platforms the simulator can speak, by the names used on the command line, in the console and in conversation files.</summary>
public static class SimulatedPlatforms
{
    public const string Alexa = "alexa";
    public const string Dialogflow = "dialogflow";
    public const string Text = "text";

    /// <summary>Every platform a conversation file is run on when it names none.</summary>
    public static IReadOnlyList<string> All { get; } = [Alexa, Dialogflow, Text];

    /// <summary>The canonical name, or null when <paramref name="name"/> is not a platform the simulator speaks.</summary>
    public static string? Normalize(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "alexa" => Alexa,
        "dialogflow" or "dialogflow-cx" or "cx" or "google" => Dialogflow,
        "text" => Text,
        _ => null,
    };

    /// <summary>The host endpoint that receives the platform's requests.</summary>
    public static string EndpointPath(string platform) => platform switch
    {
        Alexa => "/api/alexa",
        Dialogflow => "/api/dialogflow",
        Text => "/api/text",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Not a simulated platform."),
    };
}
