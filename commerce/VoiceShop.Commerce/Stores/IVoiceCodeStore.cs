using NodaTime;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// Each shopper's voice code (hashed) and the count of wrong attempts behind the lockout. Kept apart from
/// <see cref="ICommerceStore"/> so that a store can offer it without every store having to.
/// </summary>
public interface IVoiceCodeStore
{
    /// <summary>The shopper's voice-code record, or null when they never set one.</summary>
    Task<VoiceCodeRecord?> GetVoiceCodeAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Sets (or with a null hash, removes) the code; clears wrong attempts and any lock.</summary>
    Task SetVoiceCodeAsync(string customerId, string? codeHash, bool alwaysRequired, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one wrong code, atomically; the <paramref name="maxAttempts"/>-th in a row locks voice purchasing
    /// until <paramref name="lockUntil"/> and starts the count again. Returns the record after the change.
    /// </summary>
    Task<VoiceCodeRecord> RecordWrongVoiceCodeAsync(string customerId, int maxAttempts, Instant lockUntil, CancellationToken cancellationToken);

    /// <summary>Forgets wrong attempts after a right code.</summary>
    Task ResetVoiceCodeAttemptsAsync(string customerId, CancellationToken cancellationToken);
}

/// <summary>A shopper's voice-code settings and lockout state.</summary>
/// <param name="CustomerId">The shopper.</param>
/// <param name="CodeHash">A <see cref="Customers.VoiceCodeHash"/> string, or null when no code is set.</param>
/// <param name="AlwaysRequired">The shopper asked for the code on every purchase, not only large ones.</param>
/// <param name="FailedAttempts">Wrong codes in a row since the last right one or lock.</param>
/// <param name="LockedUntil">Voice purchasing is paused until then, when set and in the future.</param>
public sealed record VoiceCodeRecord(string CustomerId, string? CodeHash, bool AlwaysRequired, int FailedAttempts, Instant? LockedUntil);
