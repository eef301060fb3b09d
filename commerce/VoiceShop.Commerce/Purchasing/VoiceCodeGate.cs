using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>
/// Amazon's voice-code rule for physical goods: a shopper may set a four-digit code; once set it is asked
/// for at or above <see cref="PurchaseOptions.VoiceCodeThreshold"/>, or on every purchase when the shopper
/// chose so. Three wrong codes in a row pause voice purchasing for fifteen minutes (both configurable).
/// </summary>
public sealed class VoiceCodeGate(IVoiceCodeStore store, IClock clock, PurchaseOptions options)
{
    /// <summary>Whether confirming a purchase of <paramref name="total"/> needs the code, or is blocked by a lock.</summary>
    public async Task<VoiceCodeRequirement> RequirementAsync(Customer customer, Money total, CancellationToken cancellationToken)
    {
        var record = await store.GetVoiceCodeAsync(customer.Id, cancellationToken);
        if (record?.LockedUntil is { } until && until > clock.GetCurrentInstant())
        {
            return new VoiceCodeRequirement.Locked(until);
        }

        if (record?.CodeHash is null)
        {
            return new VoiceCodeRequirement.NotRequired();
        }

        return record.AlwaysRequired || total.Amount >= options.VoiceCodeThreshold
            ? new VoiceCodeRequirement.Required()
            : new VoiceCodeRequirement.NotRequired();
    }

    /// <summary>Checks the code the shopper said, counting wrong ones toward the lockout.</summary>
    public async Task<VoiceCodeCheck> CheckAsync(Customer customer, string? spokenCode, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var record = await store.GetVoiceCodeAsync(customer.Id, cancellationToken);
        if (record?.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return new VoiceCodeCheck.Locked(lockedUntil);
        }

        if (record?.CodeHash is null)
        {
            return new VoiceCodeCheck.NotSet();
        }

        var code = Digits(spokenCode);
        if (VoiceCodeHash.Verify(code, record.CodeHash))
        {
            await store.ResetVoiceCodeAttemptsAsync(customer.Id, cancellationToken);
            return new VoiceCodeCheck.Accepted();
        }

        var after = await store.RecordWrongVoiceCodeAsync(
            customer.Id, options.VoiceCodeAttempts, now + Duration.FromTimeSpan(options.VoiceCodeLockout), cancellationToken);
        return after.LockedUntil is { } until && until > now
            ? new VoiceCodeCheck.Locked(until)
            : new VoiceCodeCheck.Wrong(options.VoiceCodeAttempts - after.FailedAttempts);
    }

    /// <summary>Sets the shopper's code (from the app, never by voice); null removes it.</summary>
    public Task SetAsync(string customerId, string? code, bool alwaysRequired, CancellationToken cancellationToken) =>
        store.SetVoiceCodeAsync(customerId, code is null ? null : VoiceCodeHash.Create(code), alwaysRequired, cancellationToken);

    /// <summary>"1 2 3 4", "1234" or "one two three four" as a platform transcribes digits: keep the digits.</summary>
    private static string? Digits(string? spoken) =>
        spoken is null ? null : new string(spoken.Where(char.IsAsciiDigit).ToArray());
}

/// <summary>What confirming a purchase needs before money moves.</summary>
public abstract record VoiceCodeRequirement
{
    private VoiceCodeRequirement()
    {
    }

    public sealed record NotRequired : VoiceCodeRequirement;

    public sealed record Required : VoiceCodeRequirement;

    /// <summary>Voice purchasing is paused until <see cref="Until"/>.</summary>
    public sealed record Locked(Instant Until) : VoiceCodeRequirement;
}

/// <summary>What a spoken voice code led to.</summary>
public abstract record VoiceCodeCheck
{
    private VoiceCodeCheck()
    {
    }

    public sealed record Accepted : VoiceCodeCheck;

    /// <summary>Did not match; <see cref="AttemptsLeft"/> more before the lock.</summary>
    public sealed record Wrong(int AttemptsLeft) : VoiceCodeCheck;

    public sealed record Locked(Instant Until) : VoiceCodeCheck;

    /// <summary>The shopper has no code (a stale session asked for one).</summary>
    public sealed record NotSet : VoiceCodeCheck;
}
