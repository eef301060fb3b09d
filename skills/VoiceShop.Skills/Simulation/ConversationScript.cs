using System.Text.Json;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// A saved conversation and what each reply must contain: the test format shared by the console's export,
/// <c>voiceshop simulate --record/--replay</c> and the conversation tests. A file without a platform runs on
/// every platform, because the conversation is meant to be the same everywhere.
/// </summary>
public sealed record ConversationScript
{
    /// <summary>alexa, dialogflow or text; null for every platform.</summary>
    public string? Platform { get; init; }

    /// <summary>What the conversation shows, for the developer reading a failure.</summary>
    public string? Description { get; init; }

    public List<ScriptTurn> Turns { get; init; } = [];

    /// <summary>Parses a conversation file; throws <see cref="JsonException"/> with the reason when it is not one.</summary>
    public static ConversationScript Parse(string json)
    {
        var script = JsonSerializer.Deserialize(json, SimulationJsonContext.Default.ConversationScript)
            ?? throw new JsonException("The conversation file is empty.");
        if (script.Turns.Count == 0 || script.Turns.Any(t => t.User is null))
        {
            throw new JsonException("A conversation needs \"turns\", each with a \"user\" utterance.");
        }

        if (script.Platform is not null && SimulatedPlatforms.Normalize(script.Platform) is null)
        {
            throw new JsonException($"\"{script.Platform}\" is not a platform (alexa, dialogflow, text).");
        }

        return script;
    }

    /// <summary>The file's JSON, indented for people to read and edit.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SimulationJsonContext.Default.ConversationScript);
}

/// <summary>One thing the shopper says, and what the reply must show.</summary>
public sealed record ScriptTurn
{
    public string User { get; init; } = "";

    public ScriptExpectation? Expect { get; init; }
}

/// <summary>What a reply is checked for; absent fields are not checked.</summary>
public sealed record ScriptExpectation
{
    /// <summary>The neutral intent name heard ("ReorderIntent", "YesIntent"); Alexa's "AMAZON." prefix is accepted.</summary>
    public string? Intent { get; init; }

    /// <summary>Words the spoken reply contains, ignoring case.</summary>
    public string? SpeechContains { get; init; }

    /// <summary>Whether the reply ends the session.</summary>
    public bool? EndsSession { get; init; }
}
