using Microsoft.Extensions.Options;

namespace VoiceShop.Commerce.Purchasing;

/// <summary>
/// Refuses, at start-up, purchase limits that cannot work (a limit of no orders, a negative amount), which
/// would otherwise surface as every shopper's purchase failing.
/// </summary>
public sealed class PurchaseOptionsValidator : IValidateOptions<PurchaseOptions>
{
    /// <summary>The configuration section <see cref="PurchaseOptions"/> are bound from.</summary>
    public const string Section = "Purchasing";

    public ValidateOptionsResult Validate(string? name, PurchaseOptions options)
    {
        var problems = new List<string>();
        Require(problems, options.MaxQuantityPerLine >= 1, "MaxQuantityPerLine must be at least 1");
        Require(problems, options.PlacementLease > TimeSpan.Zero, "PlacementLease must be longer than zero");
        Require(problems, options.VoiceCodeThreshold >= 0, "VoiceCodeThreshold must not be negative");
        Require(problems, options.VoiceCodeAttempts >= 1, "VoiceCodeAttempts must be at least 1");
        Require(problems, options.VoiceCodeLockout >= TimeSpan.Zero, "VoiceCodeLockout must not be negative");
        Require(problems, options.DailySpendingLimit >= 0, "DailySpendingLimit must not be negative");
        Require(problems, options.PlacementsPerMinute >= 1, "PlacementsPerMinute must be at least 1");
        Require(problems, options.PlacementsPerMinutePerAddress >= 1, "PlacementsPerMinutePerAddress must be at least 1");
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{Section}:{p}."));
    }

    private static void Require(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }
}
