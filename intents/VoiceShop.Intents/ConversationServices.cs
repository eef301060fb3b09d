using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Handlers;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Purchasing;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents;

/// <summary>
/// The conversation's wiring, kept beside the handlers it lists: a new intent adds its handler here and
/// nowhere in the host. The list is explicit (no assembly scanning), so trimming and Native AOT see every type.
/// </summary>
public static class ConversationServices
{
    /// <summary>
    /// Registers the prompts, the interaction model, every intent handler, the engine that dispatches to them,
    /// the purchase read-back and its rate limit, and our own understanding of free text. Needs the commerce
    /// services (stores, <c>PurchaseService</c>, <c>PurchaseOptions</c>, <c>IClock</c>) and, optionally, an
    /// <see cref="NluOptions"/>.
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddSingleton(PromptBook.Load());
        services.AddSingleton(InteractionModel.Load());
        services.AddSingleton<PurchaseRateLimiter>();
        services.AddSingleton<PurchaseConfirmation>();

        services.AddSingleton<IIntentHandler, LaunchHandler>();
        services.AddSingleton<IIntentHandler, ReorderHandler>();
        services.AddSingleton<IIntentHandler, BuyHandler>();
        services.AddSingleton<IIntentHandler, OrderStatusHandler>();
        services.AddSingleton<IIntentHandler, CancelOrderHandler>();
        services.AddSingleton<IIntentHandler, PriceQuestionHandler>();
        services.AddSingleton<IIntentHandler, ProductSearchHandler>();
        services.AddSingleton<IIntentHandler, SelectOptionHandler>();
        services.AddSingleton<IIntentHandler, SuggestionHandler>();
        services.AddSingleton<IIntentHandler, AddToCartHandler>();
        services.AddSingleton<IIntentHandler, UpdateCartHandler>();
        services.AddSingleton<IIntentHandler, RemoveFromCartHandler>();
        services.AddSingleton<IIntentHandler, CartContentsHandler>();
        services.AddSingleton<IIntentHandler, CheckoutHandler>();
        services.AddSingleton<IIntentHandler, YesHandler>();
        services.AddSingleton<IIntentHandler, ConfirmPurchaseHandler>();
        services.AddSingleton<IIntentHandler, YesToVoiceCodeHandler>();
        services.AddSingleton<IIntentHandler, ConfirmCancellationHandler>();
        services.AddSingleton<IIntentHandler, NoHandler>();
        services.AddSingleton<IIntentHandler>(sp => new DeclinePurchaseHandler(sp.GetRequiredService<PurchaseService>(), Awaiting.PurchaseConfirmation));
        services.AddSingleton<IIntentHandler>(sp => new DeclinePurchaseHandler(sp.GetRequiredService<PurchaseService>(), Awaiting.VoiceCode));
        services.AddSingleton<IIntentHandler, KeepOrderHandler>();
        services.AddSingleton<IIntentHandler, HelpHandler>();
        services.AddSingleton<IIntentHandler, HelpWithPurchaseHandler>();
        services.AddSingleton<IIntentHandler, StopHandler>();
        services.AddSingleton<IIntentHandler, FallbackHandler>();
        services.AddSingleton<IIntentHandler, AgentHandler>();
        services.AddSingleton<IIntentHandler, VoiceCodeHandler>();
        services.AddSingleton<ConversationEngine>();

        services.AddSingleton<CatalogNluCache>();
        services.AddSingleton<IUtteranceInterpreter, CatalogUtteranceInterpreter>();
        return services;
    }
}
