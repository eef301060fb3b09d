using VoiceShop.Speech;

namespace VoiceShop.Intents.Conversation;

/// <summary>
/// What VoiceShop answers, on any platform: speech as a tree (rendered to each platform's SSML by its
/// adapter), whether the microphone stays open, and the dialog state for the next turn.
/// </summary>
public sealed record Reply(SpeechNode Speech, SpeechNode? Reprompt, bool EndSession, DialogState State)
{
    /// <summary>A card for the companion app, repeating what was said.</summary>
    public ReplyCard? Card { get; init; }

    /// <summary>Ask the platform to show its account-linking card.</summary>
    public bool LinkAccount { get; init; }

    /// <summary>The slot the reply asks for, so platforms that elicit slots natively can do so.</summary>
    public SlotElicitation? Elicit { get; init; }

    /// <summary>The shopper asked for a person (platforms with live-agent hand-off act on it).</summary>
    public bool HandOffToAgent { get; init; }

    /// <summary>The order this reply placed, for logs, metrics and the console.</summary>
    public string? PlacedOrderId { get; init; }

    /// <summary>A statement that ends the session.</summary>
    public static Reply Statement(SpeechNode speech) => new(speech, null, EndSession: true, DialogState.Empty);

    /// <summary>A question that keeps the microphone open.</summary>
    public static Reply Question(SpeechNode speech, SpeechNode reprompt, DialogState state) => new(speech, reprompt, EndSession: false, state);
}

/// <summary>A companion-app card: a title and plain-text lines.</summary>
public sealed record ReplyCard(string Title, IReadOnlyList<string> Lines);

/// <summary>The slot of an intent that the reply asks the shopper to fill.</summary>
public sealed record SlotElicitation(string IntentName, string SlotName);
