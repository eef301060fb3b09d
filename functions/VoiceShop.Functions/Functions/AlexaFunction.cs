using Microsoft.AspNetCore.Http.HttpResults;
using VoiceShop.Functions.Hosting;
using VoiceShop.Intents.Telemetry;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Alexa.Model;

namespace VoiceShop.Functions.Functions;

/// <summary><c>POST /api/alexa</c>: the Alexa custom-skill endpoint.</summary>
public static partial class AlexaFunction
{
    public static WebApplication MapAlexaFunction(this WebApplication app)
    {
        app.MapPost("/api/alexa", HandleAsync);
        return app;
    }

    /// <summary>Verify first (nothing reads the intent before), then parse and answer; every refusal is a 400.</summary>
    public static async Task<Results<JsonHttpResult<AlexaResponseEnvelope>, ProblemHttpResult>> HandleAsync(
        HttpRequest request,
        IAlexaRequestVerifier verifier,
        AlexaSkill skill,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(AlexaFunction));
        if (!RequestBody.IsJson(request))
        {
            return Problems.BadRequest("The Alexa endpoint accepts application/json only.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (await RequestBody.ReadAsync(request, HostingExtensions.MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Problems.BadRequest($"The request body is larger than {HostingExtensions.MaxBodyBytes / 1024} KiB.");
        }

        var headers = request.Headers;
        var failedCheck = await verifier.VerifyAsync(
            new AlexaHttpRequest(headers["SignatureCertChainUrl"], headers["Signature-256"], headers["Signature"], body),
            cancellationToken);
        if (failedCheck is not null)
        {
            LogVerificationFailed(logger, failedCheck);
            ConversationTelemetry.VerificationFailures.Add(1, KeyValuePair.Create<string, object?>("voiceshop.platform", "alexa"));
            return Problems.BadRequest($"Request verification failed: {failedCheck}.");
        }

        var result = await skill.HandleAsync(body, request.ClientAddress(), cancellationToken);
        return result.Response is { } response
            ? TypedResults.Json(response, AlexaJsonContext.Default.AlexaResponseEnvelope)
            : Problems.BadRequest(result.Rejection ?? "The request was refused.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alexa request verification failed: {Check}")]
    private static partial void LogVerificationFailed(ILogger logger, string check);
}
