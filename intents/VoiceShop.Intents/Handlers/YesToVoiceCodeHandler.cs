using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Purchasing;

namespace VoiceShop.Intents.Handlers;

/// <summary>"Yes" when the voice code was asked for: a yes is not the code, and never skips it.</summary>
public sealed class YesToVoiceCodeHandler : IIntentHandler
{
    public IReadOnlyList<string> IntentNames { get; } = [Conversation.IntentNames.Yes];

    public Awaiting? Answers => Awaiting.VoiceCode;

    public bool NeedsAccount => true;

    public Task<Reply> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Turn.State.PendingPurchaseId is { } purchaseId
            ? PurchaseConfirmation.AskForCode(context, purchaseId, "voiceCode.ask")
            : YesHandler.CarryOn(context));
}
