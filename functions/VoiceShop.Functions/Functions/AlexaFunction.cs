using VoiceShop.Functions.Hosting;
using VoiceShop.Intents.Telemetry;
using VoiceShop.Skills.Alexa;

namespace VoiceShop.Functions.Functions;

/// <summary><c>POST /api/alexa</c>: the Alexa custom-skill endpoint.</summary>
public static partial class AlexaFunction
{
    public static IEndpointRouteBuilder MapAlexaFunction(this IEndpointRouteBuilder api)
    {
        api.MapPost("/alexa", HandleAsync)
            .AcceptsJsonBody("The Alexa endpoint accepts application/json only.");
        return api;
    }

    /// <summary>Verify first (nothing reads the intent before), then parse and answer; every refusal is a 400.</summary>
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        IAlexaRequestVerifier verifier,
        AlexaSkill skill,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var body = request.AdmittedBody().Bytes;
        var headers = request.Headers;
        var failedCheck = await verifier.VerifyAsync(
            new AlexaHttpRequest(headers["SignatureCertChainUrl"], headers["Signature-256"], headers["Signature"], body),
            cancellationToken);
        if (failedCheck is not null)
        {
            LogVerificationFailed(loggers.CreateLogger(typeof(AlexaFunction)), failedCheck);
            ConversationTelemetry.VerificationFailures.Add(1, KeyValuePair.Create<string, object?>("voiceshop.platform", "alexa"));
            return Problems.BadRequest($"Request verification failed: {failedCheck}.");
        }

        return (await skill.HandleAsync(body, request.ClientAddress(), cancellationToken)).ToHttp();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alexa request verification failed: {Check}")]
    private static partial void LogVerificationFailed(ILogger logger, string check);
}
