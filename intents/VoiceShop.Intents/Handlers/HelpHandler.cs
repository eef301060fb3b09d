using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>Says what VoiceShop can do, with an example, and keeps listening. Help during a read-back has its own handler.</summary>
public sealed class HelpHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Help];

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Question(context.Say("help"), context.Say("help.reprompt"), DialogState.Empty));
}
