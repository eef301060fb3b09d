namespace VoiceShop.Intents.Conversation;

/// <summary>
/// Answers one or more intents. Handlers are found by intent name in a dictionary, not by asking each one
/// whether it can handle a turn: one obvious place to look, and O(1).
/// </summary>
public interface IIntentHandler
{
    /// <summary>The intent names (see <see cref="IntentNames"/>) this handler answers.</summary>
    IReadOnlyList<string> IntentNames { get; }

    /// <summary>Whether the shopper must have a linked account; if so, unlinked shoppers hear how to link instead.</summary>
    bool NeedsAccount { get; }

    /// <summary>
    /// Whether the handler reads the shopper's order history (<see cref="TurnContext.OrderHistory"/>). The
    /// engine then reads it together with the shopper, in one store read instead of two.
    /// </summary>
    bool NeedsOrderHistory => false;

    Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
