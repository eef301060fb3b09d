using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>
/// "Let me talk to a person": says a person is coming and flags the hand-off, which platforms with live
/// agents (Dialogflow's <c>liveAgentHandoff</c>) act on. A pending purchase is not placed.
/// </summary>
public sealed class AgentHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Agent];

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Statement(context.Say("agent.handoff")) with { HandOffToAgent = true });
}
