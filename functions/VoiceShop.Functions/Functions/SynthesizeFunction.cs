using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VoiceShop.Functions.Hosting;
using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// <c>POST /api/speech/synthesize</c>: <c>{"ssml": "…"}</c> or <c>{"text": "…"}</c> (optionally <c>"locale"</c>) in,
/// <c>audio/wav</c> out, from whichever engine is configured. For clients without a voice platform (in-car
/// apps, kiosks, web pages) and for hearing a prompt while writing it.
/// </summary>
public static partial class SynthesizeFunction
{
    /// <summary>The most text one request may ask for: a reply, not an audiobook.</summary>
    public const int MaxTextCharacters = 5000;

    public static IEndpointRouteBuilder MapSynthesizeFunction(this IEndpointRouteBuilder api)
    {
        api.MapPost("/speech/synthesize", HandleAsync)
            .AcceptsJsonBody("Send application/json: {\"ssml\": \"<speak>…</speak>\"} or {\"text\": \"…\"}.", StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HandleAsync(
        HttpRequest request,
        ISpeechSynthesizer synthesizer,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var body = request.AdmittedBody().Bytes;
        SynthesizeRequest? input;
        try
        {
            input = JsonSerializer.Deserialize(body.Span, SpeechJsonContext.Default.SynthesizeRequest);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("The body is not valid JSON.");
        }

        var locale = SpeechLocale.For(input?.Locale);
        string? ssml;
        if (!string.IsNullOrWhiteSpace(input?.Ssml))
        {
            ssml = SsmlDocument.Prepare(input.Ssml, synthesizer.Dialect, locale, out var problem);
            if (ssml is null)
            {
                return Problems.BadRequest(problem);
            }
        }
        else if (!string.IsNullOrWhiteSpace(input?.Text))
        {
            if (input.Text.Length > MaxTextCharacters)
            {
                return Problems.BadRequest($"The text is longer than {MaxTextCharacters} characters.");
            }

            ssml = SsmlRenderer.ToSsml(new SpeechNode.Text(input.Text), synthesizer.Dialect, locale);
        }
        else
        {
            return Problems.BadRequest("Give \"ssml\" or \"text\".");
        }

        try
        {
            return TypedResults.File(await synthesizer.SynthesizeAsync(ssml, cancellationToken), "audio/wav");
        }
        catch (SpeechEngineException ex)
        {
            LogEngineFailed(loggers.CreateLogger(typeof(SynthesizeFunction)), ex);
            return ex.StatusCode == StatusCodes.Status400BadRequest
                ? Problems.BadRequest("The speech engine refused this SSML.")
                : Problems.BadRequest("The speech engine is not available right now; try again shortly.", StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text to speech failed")]
    private static partial void LogEngineFailed(ILogger logger, Exception exception);
}

/// <summary>The synthesize request: SSML or plain text, and the locale that picks the voice and phrasing.</summary>
public sealed record SynthesizeRequest(string? Ssml, string? Text, string? Locale);
