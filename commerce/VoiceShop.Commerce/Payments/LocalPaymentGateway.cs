using NodaTime;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Payments;

/// <summary>
/// The embedded stand-in for a card processor. It knows the cards it is given (the host passes
/// <c>Payments:Local:Cards</c>, and the demo cards only where the demo data is seeded), each with a credit
/// limit, and declines the way processors do: <c>tok_declined</c> is always refused, an unknown token is
/// refused, and an amount above the card's limit is refused. Every payment is written to the store's ledger so
/// that a charge can be counted and survives a crash.
/// </summary>
public sealed class LocalPaymentGateway(IPaymentLedger ledger, IReadOnlyDictionary<string, decimal> cards, IClock clock) : IPaymentGateway
{
    /// <summary>A gateway that knows the demo cards (<see cref="DemoData.Cards"/>): for tests and tools over a seeded store.</summary>
    public LocalPaymentGateway(IPaymentLedger ledger, IClock clock)
        : this(ledger, DemoData.Cards, clock)
    {
    }

    /// <summary>The token that every authorization declines.</summary>
    public const string DeclinedToken = "tok_declined";

    public async Task<PaymentAuthorization> AuthorizeAsync(string paymentToken, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        // The ledger keeps the first record per key: a retry gets that one back, never a second authorization.
        var declineReason = DeclineReasonFor(paymentToken, amount);
        var record = new PaymentRecord(
            TimeOrderedId.New("pay_", clock.GetCurrentInstant(), randomBytes: 8),
            idempotencyKey,
            paymentToken,
            amount,
            declineReason is null ? PaymentStatus.Authorized : PaymentStatus.Declined,
            declineReason);
        var stored = await ledger.InsertPaymentAsync(record, cancellationToken);
        return ToAuthorization(stored);
    }

    public Task CaptureAsync(string authorizationId, CancellationToken cancellationToken) =>
        ledger.TransitionPaymentAsync(authorizationId, PaymentStatus.Authorized, PaymentStatus.Captured, cancellationToken);

    public Task VoidAsync(string authorizationId, CancellationToken cancellationToken) =>
        ledger.TransitionPaymentAsync(authorizationId, PaymentStatus.Authorized, PaymentStatus.Voided, cancellationToken);

    public Task RefundAsync(string authorizationId, CancellationToken cancellationToken) =>
        ledger.TransitionPaymentAsync(authorizationId, PaymentStatus.Captured, PaymentStatus.Refunded, cancellationToken);

    private string? DeclineReasonFor(string token, Money amount)
    {
        if (token == DeclinedToken)
        {
            return "card_declined";
        }

        if (!cards.TryGetValue(token, out var limit))
        {
            return "unknown_card";
        }

        return amount.Amount > limit ? "over_card_limit" : null;
    }

    private static PaymentAuthorization ToAuthorization(PaymentRecord record) =>
        new(record.Id, record.Status != PaymentStatus.Declined, record.DeclineReason);
}
