using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>"No" to "Cancel it?": the order stays, and the shopper hears so.</summary>
public sealed class KeepOrderHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.No];

    public Awaiting? Answers => Awaiting.OrderCancellation;

    public bool NeedsAccount => false;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Statement(context.Say("cancelOrder.kept")));
}
