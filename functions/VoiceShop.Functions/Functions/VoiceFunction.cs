using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Voice;
using VoiceShop.Speech;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// <c>POST /api/voice</c>: a WAV recording (the raw body, or a multipart field named <c>audio</c>) and a session
/// id (query <c>sessionId</c>, header <c>X-Session-Id</c> or form field) in; JSON with the transcript, the reply
/// as SSML and text, and the spoken reply as base64 WAV out (<see cref="VoiceOutcome"/>). Optional: <c>locale</c>, <c>brief</c>, and the
/// account token as <c>Authorization: Bearer</c>. A missing session id starts a new conversation.
/// </summary>
public static partial class VoiceFunction
{
    /// <summary>The longest recording taken: Azure's short-audio limit, and far more than one command needs.</summary>
    public static readonly TimeSpan MaxAudioLength = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The body limit of this endpoint alone (the host's is 128 KiB): a minute of 16 kHz 16-bit mono is about
    /// 1.9 MB, and a minute at 22.05 kHz (what espeak-ng and many phones record) about 2.6 MB.
    /// </summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapVoiceFunction(this IEndpointRouteBuilder api)
    {
        api.MapPost("/voice", HandleAsync)
            .AcceptsAudioBody("Send a WAV file as audio/wav, or as the \"audio\" field of multipart/form-data.", MaxBodyBytes);
        return api;
    }

    public static async Task<Results<JsonHttpResult<VoiceOutcome>, ProblemHttpResult>> HandleAsync(
        HttpContext context,
        VoiceChannel channel,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        var (audioBytes, fields) = request.AdmittedBody();
        if (audioBytes.IsEmpty)
        {
            return Problems.BadRequest("The audio is empty.");
        }

        if (!WavAudio.TryParse(audioBytes.Span, out var audio, out var problem))
        {
            return Problems.BadRequest(problem + " Send 16-bit PCM WAV, ideally 16 kHz mono.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (audio.SampleCount == 0)
        {
            return Problems.BadRequest("The audio is empty.");
        }

        if (audio.Duration > MaxAudioLength)
        {
            return Problems.BadRequest($"The audio is {audio.Duration.TotalSeconds:0.#} s long; send at most {MaxAudioLength.TotalSeconds:0} s.", StatusCodes.Status413PayloadTooLarge);
        }

        var sessionId = First(request.Query["sessionId"], request.Headers["X-Session-Id"], fields.GetValueOrDefault("sessionId")) ?? Guid.NewGuid().ToString("N");
        if (!SessionIdShape().IsMatch(sessionId))
        {
            return Problems.BadRequest("The session id must be 1 to 128 letters, digits, '.', '_', ':' or '-'.");
        }

        if (!channel.CanUnderstand)
        {
            return Problems.BadRequest("Understanding of free speech is not configured on this host.", StatusCodes.Status503ServiceUnavailable);
        }

        var locale = First(request.Query["locale"], fields.GetValueOrDefault("locale")) ?? "en-US";
        var brief = First(request.Query["brief"], fields.GetValueOrDefault("brief")) is { } flag && bool.TryParse(flag, out var isBrief) && isBrief;
        var token = BearerToken(request) ?? fields.GetValueOrDefault("accessToken");
        try
        {
            var outcome = await channel.HandleAsync(new VoiceRequest(audio, sessionId, locale, token, brief) { ClientAddress = request.ClientAddress() }, cancellationToken);
            return TypedResults.Json(outcome, SpeechJsonContext.Default.VoiceOutcome);
        }
        catch (SpeechEngineException ex)
        {
            LogRecognitionFailed(loggers.CreateLogger(typeof(VoiceFunction)), ex);
            return Problems.BadRequest("Speech recognition is not available right now; nothing was done. Try again shortly.", StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;

    private static string? First(params StringValues[] candidates) =>
        candidates.Select(c => c.ToString()).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SessionIdShape();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Voice turn refused: speech to text failed")]
    private static partial void LogRecognitionFailed(ILogger logger, Exception exception);
}
