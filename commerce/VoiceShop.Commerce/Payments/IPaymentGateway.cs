namespace VoiceShop.Commerce.Payments;

/// <summary>
/// A card processor, in the authorize-then-capture shape every real one has: an order is written only
/// between a successful authorization and its capture, and a failed write voids the authorization, so
/// there is never an order without a charge nor a charge without an order.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>
    /// Reserves <paramref name="amount"/> on the stored <paramref name="paymentToken"/>. The same
    /// <paramref name="idempotencyKey"/> always returns the same authorization, as processors guarantee.
    /// </summary>
    Task<PaymentAuthorization> AuthorizeAsync(string paymentToken, Money amount, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Turns an authorization into a charge. Capturing one already captured changes nothing (repeats finish crashed placements).</summary>
    Task CaptureAsync(string authorizationId, CancellationToken cancellationToken);

    /// <summary>Releases an authorization that will not be captured.</summary>
    Task VoidAsync(string authorizationId, CancellationToken cancellationToken);

    /// <summary>Gives a captured charge back in full (a cancelled order).</summary>
    Task RefundAsync(string authorizationId, CancellationToken cancellationToken);
}

/// <summary>A processor's answer: approved with an id, or declined with a reason the shopper can hear.</summary>
public sealed record PaymentAuthorization(string Id, bool Approved, string? DeclineReason);

/// <summary>The states a payment passes through in the ledger.</summary>
public enum PaymentStatus
{
    Authorized,
    Captured,
    Voided,
    Refunded,
    Declined,
}

/// <summary>One payment as the ledger records it.</summary>
public sealed record PaymentRecord(string Id, string IdempotencyKey, string PaymentToken, Money Amount, PaymentStatus Status, string? DeclineReason);
