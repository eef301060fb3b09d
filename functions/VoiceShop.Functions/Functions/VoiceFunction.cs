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
/// as SSML and text, and the spoken reply as base64 WAV out. Optional: <c>locale</c>, <c>brief</c>, and the
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

    public static WebApplication MapVoiceFunction(this WebApplication app)
    {
        app.MapPost("/api/voice", HandleAsync);
        return app;
    }

    public static async Task<Results<JsonHttpResult<VoiceReply>, ProblemHttpResult>> HandleAsync(
        HttpContext context,
        VoiceChannel channel,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        ReadOnlyMemory<byte>? body;
        if (request.HasFormContentType)
        {
            body = await ReadFormAsync(request, fields, cancellationToken);
        }
        else if (IsAudioContentType(request.ContentType))
        {
            body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        }
        else
        {
            return Problems.BadRequest("Send a WAV file as audio/wav, or as the \"audio\" field of multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (body is not { } audioBytes)
        {
            return Problems.BadRequest($"The audio is larger than {MaxBodyBytes / (1024 * 1024)} MiB.", StatusCodes.Status413PayloadTooLarge);
        }

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
            return TypedResults.Json(VoiceReply.From(outcome), SpeechJsonContext.Default.VoiceReply);
        }
        catch (SpeechEngineException ex)
        {
            LogRecognitionFailed(loggers.CreateLogger(typeof(VoiceFunction)), ex);
            return Problems.BadRequest("Speech recognition is not available right now; nothing was done. Try again shortly.", StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<ReadOnlyMemory<byte>?> ReadFormAsync(HttpRequest request, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBodyBytes, ValueCountLimit = 16 }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        foreach (var (name, value) in form)
        {
            fields[name] = value.ToString();
        }

        var file = form.Files.GetFile("audio") ?? form.Files.FirstOrDefault();
        if (file is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        using var stream = new MemoryStream((int)Math.Min(file.Length, MaxBodyBytes));
        await file.CopyToAsync(stream, cancellationToken);
        return stream.ToArray();
    }

    private static bool IsAudioContentType(string? contentType) =>
        string.IsNullOrEmpty(contentType)
        || contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase);

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

/// <summary>The voice answer as JSON; <see cref="Audio"/> is base64 WAV (<see cref="AudioContentType"/>).</summary>
public sealed record VoiceReply(
    string SessionId,
    string Transcript,
    double? Confidence,
    string? Intent,
    string Ssml,
    string Text,
    string? Reprompt,
    bool EndSession,
    string? Audio,
    string? AudioContentType)
{
    public static VoiceReply From(VoiceOutcome outcome) => new(
        outcome.SessionId,
        outcome.Transcript,
        outcome.Confidence,
        outcome.Intent,
        outcome.Ssml,
        outcome.Text,
        outcome.Reprompt,
        outcome.EndSession,
        outcome.Audio is null ? null : Convert.ToBase64String(outcome.Audio),
        outcome.Audio is null ? null : "audio/wav");
}
