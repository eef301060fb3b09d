using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using NodaTime;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Skills.Replays;

/// <summary>
/// Answers each platform request id once: a retry of a request already answered gets the stored answer
/// byte for byte, and a retry arriving while the original is still running waits for it. Platforms retry
/// when an answer is slow, and a retried "yes" must never become a second order or a different reply.
/// </summary>
public sealed partial class RequestReplayGuard(IRequestReplayStore store, IClock clock, ILogger<RequestReplayGuard> logger)
{
    /// <summary>A claim this old belongs to an attempt that crashed; Alexa gives up on an answer after about 8 seconds.</summary>
    public static readonly Duration StaleClaim = Duration.FromSeconds(30);

    /// <summary>Longer than any request stays acceptable (150 s, an hour for skill events).</summary>
    public static readonly Duration Memory = Duration.FromHours(2);

    /// <summary>How long a retry waits for the original to finish before answering by itself.</summary>
    public static readonly TimeSpan WaitForOriginal = TimeSpan.FromSeconds(6);

    /// <summary>How often an instance clears out requests older than <see cref="Memory"/>.</summary>
    public static readonly Duration ForgetEvery = Duration.FromMinutes(1);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    private long _nextForgetMilliseconds = long.MinValue;

    /// <summary>
    /// The answer to request <paramref name="requestId"/> of <paramref name="platform"/>: the stored one when it
    /// was answered before, else what <paramref name="answer"/> produces (then stored).
    /// </summary>
    public async Task<byte[]> AnswerOnceAsync(string platform, string requestId, Func<CancellationToken, Task<byte[]>> answer, CancellationToken cancellationToken)
    {
        // Hashed: the id comes from the request body, so its length is the sender's choice.
        var key = platform + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requestId)));
        await ForgetOldRequestsWhenDueAsync(cancellationToken);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var now = clock.GetCurrentInstant();
            switch (await store.TryBeginAsync(key, now, now - StaleClaim, cancellationToken))
            {
                case ReplayClaim.Answered answered:
                    LogReplayed(platform);
                    return answered.Response;
                case ReplayClaim.Begun:
                    return await AnswerAndStoreAsync(key, answer, cancellationToken);
                case ReplayClaim.InProgress when waited.Elapsed < WaitForOriginal:
                    await Task.Delay(PollInterval, cancellationToken);
                    break;
                default:
                    // The original is still running: answer without storing. Safe, because placing a purchase
                    // is itself exactly-once; only the wording may differ.
                    LogAnsweredBesideOriginal(platform);
                    return await answer(cancellationToken);
            }
        }
    }

    /// <summary>At most once per <see cref="ForgetEvery"/> per instance, the caller that finds it due forgets old requests.</summary>
    private async Task ForgetOldRequestsWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var due = Interlocked.Read(ref _nextForgetMilliseconds);
        if (now.ToUnixTimeMilliseconds() < due
            || Interlocked.CompareExchange(ref _nextForgetMilliseconds, (now + ForgetEvery).ToUnixTimeMilliseconds(), due) != due)
        {
            return;
        }

        await store.ForgetBeforeAsync(now - Memory, cancellationToken);
    }

    private async Task<byte[]> AnswerAndStoreAsync(string key, Func<CancellationToken, Task<byte[]>> answer, CancellationToken cancellationToken)
    {
        byte[] response;
        try
        {
            response = await answer(cancellationToken);
        }
        catch
        {
            await store.AbandonAsync(key, CancellationToken.None);
            throw;
        }

        await store.CompleteAsync(key, response, clock.GetCurrentInstant(), CancellationToken.None);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeated {Platform} request answered from the replay log")]
    private partial void LogReplayed(string platform);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Repeated {Platform} request answered while the original was still running")]
    private partial void LogAnsweredBesideOriginal(string platform);
}
