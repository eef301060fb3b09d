using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>"No" when nothing particular was asked: end politely. Nos to a read-back or a cancellation have their own handlers.</summary>
public sealed class NoHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.No];

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Statement(context.Say("goodbye")));
}
