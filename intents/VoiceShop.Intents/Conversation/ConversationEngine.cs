using System.Collections.Frozen;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Telemetry;

namespace VoiceShop.Intents.Conversation;

/// <summary>
/// Runs one turn through the conversation: resolves the shopper, routes the turn to its handler by intent
/// name and what the last reply waited for, asks unlinked shoppers to link, and turns any failure into a spoken apology that orders nothing.
/// These steps are explicit here rather than hidden inside handlers.
/// </summary>
public sealed partial class ConversationEngine
{
    private readonly FrozenDictionary<(string Intent, Awaiting? Answers), IIntentHandler> _handlers;
    private readonly ICustomerStore _customers;
    private readonly PromptBook _prompts;
    private readonly IClock _clock;
    private readonly ILogger<ConversationEngine> _logger;

    public ConversationEngine(IEnumerable<IIntentHandler> handlers, ICustomerStore customers, PromptBook prompts, IClock clock, ILogger<ConversationEngine> logger)
    {
        _handlers = handlers.SelectMany(h => h.IntentNames.Select(name => KeyValuePair.Create((name, h.Answers), h))).ToFrozenDictionary();
        _customers = customers;
        _prompts = prompts;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The intent names with a handler.</summary>
    public IEnumerable<string> HandledIntents => _handlers.Keys.Select(k => k.Intent).Distinct(StringComparer.Ordinal);

    public async Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.IntentName == IntentNames.SessionEnded)
        {
            return new Reply(VoiceShop.Speech.SpeechNode.Silence, null, EndSession: true, DialogState.Empty);
        }

        var started = Stopwatch.GetTimestamp();
        using var activity = ConversationTelemetry.Source.StartActivity("turn");
        try
        {
            turn = Route(turn);
            activity?.SetTag("voiceshop.platform", turn.Platform).SetTag("voiceshop.intent", turn.IntentName);
            var handler = HandlerFor(turn);
            var (customer, orderHistory) = await FindShopperAsync(turn, handler, cancellationToken);
            var today = customer is null
                ? _clock.GetCurrentInstant().InUtc().Date
                : DeliveryEstimate.Today(customer, _clock.GetCurrentInstant());
            var context = new TurnContext(turn, customer, today, _prompts) { OrderHistory = orderHistory };
            if (handler.NeedsAccount && customer is null)
            {
                LogNotLinked(turn.Platform, turn.IntentName);
                return LinkAccountReply(context);
            }

            var reply = await handler.HandleAsync(context, cancellationToken);
            if (!reply.EndSession)
            {
                // What the shopper just heard about stays referable until a reply brings something new.
                reply = reply with { State = reply.State.KeepingContextOf(turn.State) };
            }

            if (reply.PlacedOrderId is { } orderId)
            {
                LogOrderPlaced(turn.Platform, turn.IntentName, orderId);
            }
            else
            {
                LogTurn(turn.Platform, turn.IntentName, reply.EndSession);
            }

            ConversationTelemetry.RecordTurn(
                turn.Platform,
                turn.IntentName,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                fellBack: handler.IntentNames.Contains(IntentNames.Fallback));
            return reply;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            LogFailure(ex, turn.Platform, turn.IntentName);
            return Reply.Statement(_prompts.Say(turn, "error"));
        }
    }

    /// <summary>The handler for what was said and what the last reply waited for; else for what was said in any state; else the fallback.</summary>
    private IIntentHandler HandlerFor(Turn turn) =>
        _handlers.GetValueOrDefault((turn.IntentName, turn.State.Awaiting))
        ?? _handlers.GetValueOrDefault((turn.IntentName, null))
        ?? _handlers[(IntentNames.Fallback, null)];

    /// <summary>The linked shopper, if any, and their order history when the handler reads it.</summary>
    private async Task<(Customer? Customer, IReadOnlyList<Order>? OrderHistory)> FindShopperAsync(Turn turn, IIntentHandler handler, CancellationToken cancellationToken)
    {
        if (turn.Identity is null)
        {
            return (null, null);
        }

        if (handler.NeedsOrderHistory)
        {
            var found = await _customers.FindCustomerWithOrdersByIdentityAsync(turn.Identity, cancellationToken);
            return (found?.Customer, found?.Orders);
        }

        return (await _customers.FindCustomerByIdentityAsync(turn.Identity, cancellationToken), null);
    }

    /// <summary>
    /// Applies the dialog state to the turn: a platform's own yes/no to a read-back becomes Yes/No, a yes to a
    /// product offer becomes buying it, and an answer to an elicited slot keeps the slots heard before it.
    /// </summary>
    private static Turn Route(Turn turn)
    {
        var state = turn.State;
        if (state.Awaiting == Awaiting.PurchaseConfirmation && turn.Confirmation != Confirmation.None)
        {
            return turn with { IntentName = turn.Confirmation == Confirmation.Confirmed ? IntentNames.Yes : IntentNames.No };
        }

        if (state.Awaiting == Awaiting.ReorderOffer && turn.IntentName == IntentNames.Yes)
        {
            // "Yes" to "Want to reorder something?" is a reorder.
            return turn with { IntentName = IntentNames.Reorder };
        }

        if (state.Awaiting == Awaiting.CheckoutOffer && turn.IntentName == IntentNames.Yes)
        {
            // "Yes" to "Check out?" is a checkout; it reads the cart back before anything is ordered.
            return turn with { IntentName = IntentNames.Checkout };
        }

        if (state is { Awaiting: Awaiting.ProductOffer, HeldSlots: { } offered } && turn.IntentName == IntentNames.Yes)
        {
            // "Yes" to "Want some?" asks to buy the product offered; buying reads it back before anything is ordered.
            return turn with { IntentName = IntentNames.Buy, Slots = offered.ToDictionary(kv => kv.Key, kv => new SlotValue(kv.Value, kv.Value)) };
        }

        if (state is { Awaiting: Awaiting.SlotValue, HeldSlots: { } held } && turn.IntentName == state.ElicitIntent)
        {
            var merged = held.ToDictionary(kv => kv.Key, kv => new SlotValue(kv.Value));
            foreach (var (name, value) in turn.Slots.Where(kv => kv.Value.HasValue))
            {
                merged[name] = value;
            }

            return turn with { Slots = merged };
        }

        if (Pronouns.Intents.Contains(turn.IntentName) && turn.Slot(SlotNames.Product) is { } said && (Pronouns.IsPronoun(said.Spoken) || Pronouns.IsPronoun(said.ResolvedId)))
        {
            return WithPronounResolved(turn, state.LastProduct);
        }

        if (turn.IntentName == IntentNames.Buy && turn.Slot(SlotNames.Product) is null && turn.Slot(SlotNames.Quantity) is not null && state.LastProduct is not null)
        {
            // "Make that three" names a quantity only: of the product just heard about.
            return WithPronounResolved(turn, state.LastProduct);
        }

        return turn;
    }

    /// <summary>
    /// "How much is it", "add that": the product is the one just heard about; with none, the pronoun is dropped
    /// so the handler asks which product, as it would for "buy" alone.
    /// </summary>
    private static Turn WithPronounResolved(Turn turn, string? lastProduct)
    {
        var slots = turn.Slots.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        if (lastProduct is null)
        {
            slots.Remove(SlotNames.Product);
        }
        else
        {
            slots[SlotNames.Product] = new SlotValue(null, lastProduct);
        }

        return turn with { Slots = slots };
    }

    private static Reply LinkAccountReply(TurnContext context) =>
        Reply.Statement(context.Say("link.required")) with { LinkAccount = true };

    // Routine turns log at Debug: a line per request through the console logger cost a sixth of the host's
    // CPU under load, and the per-intent latency metrics already count them. Orders stay at Information.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {Platform}/{Intent} answered; session ends: {EndSession}")]
    private partial void LogTurn(string platform, string intent, bool endSession);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {Platform}/{Intent} placed order {OrderId}")]
    private partial void LogOrderPlaced(string platform, string intent, string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {Platform}/{Intent} from an unlinked account; asked to link")]
    private partial void LogNotLinked(string platform, string intent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn {Platform}/{Intent} failed; the shopper heard an apology and nothing was ordered")]
    private partial void LogFailure(Exception exception, string platform, string intent);
}
