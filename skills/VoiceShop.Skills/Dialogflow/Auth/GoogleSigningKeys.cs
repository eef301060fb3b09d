using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace VoiceShop.Skills.Dialogflow.Auth;

/// <summary>
/// Google's ID-token signing keys: read from <see cref="DialogflowAuthOptions.KeysPath"/> when set, else
/// fetched from <see cref="DialogflowAuthOptions.JwksUrl"/> and cached. An unknown key id may force a refresh
/// (Google rotates keys), at most once a minute so that forged tokens cannot make us hammer Google.
/// </summary>
public sealed partial class GoogleSigningKeys(DialogflowAuthOptions options, HttpClient http, TimeProvider time, ILogger<GoogleSigningKeys> logger) : IDisposable
{
    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private IReadOnlyList<SecurityKey> _keys = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    /// <summary>The current keys; <paramref name="forceRefresh"/> after a token named a key we do not have.</summary>
    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_keys.Count > 0 && !IsStale(now, forceRefresh))
        {
            return _keys;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            now = time.GetUtcNow();
            if (_keys.Count == 0 || IsStale(now, forceRefresh))
            {
                var json = string.IsNullOrEmpty(options.KeysPath)
                    ? await http.GetStringAsync(options.JwksUrl, cancellationToken)
                    : await File.ReadAllTextAsync(options.KeysPath, cancellationToken);
                _keys = [.. new JsonWebKeySet(json).GetSigningKeys()];
                _fetchedAt = now;
                LogLoaded(_keys.Count);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or ArgumentException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Keep serving the keys we had; with none, every token is refused (fail closed).
            LogLoadFailed(ex);
        }
        finally
        {
            _refresh.Release();
        }

        return _keys;
    }

    public void Dispose() => _refresh.Dispose();

    private bool IsStale(DateTimeOffset now, bool forceRefresh) =>
        forceRefresh ? now - _fetchedAt >= MinRefreshInterval : now - _fetchedAt >= TimeSpan.FromMinutes(Math.Max(1, options.KeysCacheMinutes));

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} Google signing keys")]
    private partial void LogLoaded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load Google signing keys; keeping the previous set")]
    private partial void LogLoadFailed(Exception exception);
}
