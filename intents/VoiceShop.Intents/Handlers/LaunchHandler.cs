using VoiceShop.Intents.Conversation;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Handlers;

/// <summary>"Open Voice Shop": greet the shopper by name and offer the three things they can do.</summary>
public sealed class LaunchHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Launch];

    public bool NeedsAccount => true;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Question(
            context.Say("launch.greeting", new Dictionary<string, SpeechNode> { ["name"] = context.Shopper.Name }),
            context.Say("launch.reprompt"),
            DialogState.Empty));
}
