using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Payments;

/// <summary>
/// The embedded stand-in for a card processor. It knows a few test cards, each with a credit limit, and
/// declines the way processors do: <c>tok_declined</c> is always refused, an unknown token is refused, and
/// an amount above the card's limit is refused. Every payment is written to the store's ledger so that a
/// charge can be counted and survives a crash.
/// </summary>
public sealed class LocalPaymentGateway(IPaymentLedger ledger) : IPaymentGateway
{
    /// <summary>Test cards and their limits.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Cards = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["tok_visa_demo"] = 2_000m,
        ["tok_visa_low_limit"] = 25m,
        ["tok_mastercard_demo"] = 5_000m,
    };

    /// <summary>The token that every authorization declines.</summary>
    public const string DeclinedToken = "tok_declined";

    public async Task<PaymentAuthorization> AuthorizeAsync(string paymentToken, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        // The ledger keeps the first record per key: a retry gets that one back, never a second authorization.
        var declineReason = DeclineReasonFor(paymentToken, amount);
        var record = new PaymentRecord(
            TimeOrderedId.New("pay_", randomBytes: 8),
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

    private static string? DeclineReasonFor(string token, Money amount)
    {
        if (token == DeclinedToken)
        {
            return "card_declined";
        }

        if (!Cards.TryGetValue(token, out var limit))
        {
            return "unknown_card";
        }

        return amount.Amount > limit ? "over_card_limit" : null;
    }

    private static PaymentAuthorization ToAuthorization(PaymentRecord record) =>
        new(record.Id, record.Status != PaymentStatus.Declined, record.DeclineReason);
}
