using NodaTime;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// For stores that keep no voice codes: no shopper has one, so none is asked for, and setting one fails
/// loudly rather than pretending a code protects purchases.
/// </summary>
public sealed class NoVoiceCodes : IVoiceCodeStore
{
    public Task<VoiceCodeRecord?> GetVoiceCodeAsync(string customerId, CancellationToken cancellationToken) => Task.FromResult<VoiceCodeRecord?>(null);

    public Task SetVoiceCodeAsync(string customerId, string? codeHash, bool alwaysRequired, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This store keeps no voice codes.");

    public Task<VoiceCodeRecord> RecordWrongVoiceCodeAsync(string customerId, int maxAttempts, Instant lockUntil, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This store keeps no voice codes.");

    public Task ResetVoiceCodeAttemptsAsync(string customerId, CancellationToken cancellationToken) => Task.CompletedTask;
}
