using System.Diagnostics.CodeAnalysis;
using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Orders;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Conversation;

/// <summary>A turn with what every handler needs around it: the shopper, today in their zone, and the prompts.</summary>
public sealed record TurnContext(Turn Turn, Customer? Customer, LocalDate Today, PromptBook Prompts)
{
    /// <summary>The linked shopper; handlers that declare <see cref="IIntentHandler.NeedsAccount"/> always have one.</summary>
    public Customer Shopper => Customer ?? throw new InvalidOperationException("This handler needs a linked account.");

    /// <summary>The shopper's orders, newest first; read for handlers that declare <see cref="IIntentHandler.NeedsOrderHistory"/>.</summary>
    [AllowNull]
    public IReadOnlyList<Order> OrderHistory
    {
        get => _orderHistory ?? throw new InvalidOperationException("This handler did not declare that it needs the order history.");
        init => _orderHistory = value;
    }

    private readonly IReadOnlyList<Order>? _orderHistory;

    /// <summary>The prompt <paramref name="key"/> in the turn's locale, platform and device variant.</summary>
    public SpeechNode Say(string key, IReadOnlyDictionary<string, SpeechNode>? values = null) => Prompts.Say(Turn, key, values);

    /// <summary>The raw prompt text, for card titles.</summary>
    public string Text(string key) => Prompts.Text(Turn.Locale, key, Turn.Platform, brief: false);

    /// <summary>A day relative to today.</summary>
    public SpeechNode Day(LocalDate date, bool withPreposition = false) => new SpeechNode.Day(date, Today, withPreposition);
}
