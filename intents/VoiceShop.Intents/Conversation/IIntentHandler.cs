namespace VoiceShop.Intents.Conversation;

/// <summary>
/// Answers one or more intents. Handlers are found by (intent name, what the last reply waited for) in a
/// dictionary, falling back to (intent name, anything), not by asking each one whether it can handle a turn:
/// one obvious place to look, and O(1). So "yes" to a read-back and "yes" to a cancellation are separate handlers.
/// </summary>
public interface IIntentHandler
{
    /// <summary>The intent names (see <see cref="IntentNames"/>) this handler answers.</summary>
    IReadOnlyList<string> IntentNames { get; }

    /// <summary>
    /// The <see cref="DialogState.Awaiting"/> this handler answers, or null for any state without a handler of its own.
    /// </summary>
    Awaiting? Answers => null;

    /// <summary>Whether the shopper must have a linked account; if so, unlinked shoppers hear how to link instead.</summary>
    bool NeedsAccount { get; }

    /// <summary>
    /// Whether the handler reads the shopper's order history (<see cref="TurnContext.OrderHistory"/>). The
    /// engine then reads it together with the shopper, in one store read instead of two.
    /// </summary>
    bool NeedsOrderHistory => false;

    Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
