using System.Collections.Concurrent;
using NodaTime;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// The requests this process is answering right now, and the answers it gave that are not yet in the file.
/// The SQLite store serves one instance, so every attempt at a request meets every other one here, and a
/// claim needs no write: only the answer is written, once. A claim held in memory also dies with a crashed
/// process, which is what a stale claim in the file stood for.
/// </summary>
internal sealed class InProcessReplayClaims
{
    private readonly ConcurrentDictionary<string, Claim> _claims = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the caller now holds <paramref name="requestKey"/>: nobody held it, or the holder began
    /// before <paramref name="staleBefore"/> and is taken over. Otherwise <paramref name="claim"/> is the
    /// holder's, answered once its <see cref="Claim.Response"/> is set.
    /// </summary>
    public bool TryClaim(string requestKey, Instant now, Instant staleBefore, out Claim claim)
    {
        var mine = new Claim(now);
        while (true)
        {
            if (_claims.TryAdd(requestKey, mine))
            {
                claim = mine;
                return true;
            }

            if (!_claims.TryGetValue(requestKey, out var held))
            {
                continue;
            }

            if (held.Response is not null || held.StartedAt >= staleBefore)
            {
                claim = held;
                return false;
            }

            if (_claims.TryUpdate(requestKey, mine, held))
            {
                claim = mine;
                return true;
            }
        }
    }

    /// <summary>The claim held on <paramref name="requestKey"/> now, whoever holds it, if anyone does.</summary>
    public Claim? Find(string requestKey) => _claims.GetValueOrDefault(requestKey);

    /// <summary>Drops <paramref name="claim"/> unless another attempt has taken the key over since.</summary>
    public void Release(string requestKey, Claim claim) => _claims.TryRemove(KeyValuePair.Create(requestKey, claim));

    /// <summary>Drops every claim begun before <paramref name="before"/>, answered or not.</summary>
    public void ForgetBefore(Instant before)
    {
        foreach (var (key, claim) in _claims)
        {
            if (claim.StartedAt < before)
            {
                Release(key, claim);
            }
        }
    }

    /// <summary>One attempt at a request: when it began, and its answer once it has one.</summary>
    public sealed class Claim(Instant startedAt)
    {
        public Instant StartedAt { get; } = startedAt;

        /// <summary>Set once, when the attempt has answered; read by attempts on other threads.</summary>
        public byte[]? Response
        {
            get => Volatile.Read(ref _response);
            set => Volatile.Write(ref _response, value);
        }

        private byte[]? _response;
    }
}
