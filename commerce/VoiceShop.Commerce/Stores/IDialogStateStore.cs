using NodaTime;

namespace VoiceShop.Commerce.Stores;

/// <summary>Dialog state for channels that have no platform session to carry it (the text and voice channels).</summary>
public interface IDialogStateStore
{
    Task<string?> GetDialogStateAsync(string sessionId, CancellationToken cancellationToken);

    Task SaveDialogStateAsync(string sessionId, string stateJson, Instant updatedAt, CancellationToken cancellationToken);
}
