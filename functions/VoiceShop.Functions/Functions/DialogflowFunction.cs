using Microsoft.AspNetCore.Http.HttpResults;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.Auth;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// <c>POST /api/dialogflow</c> (Dialogflow CX webhook) and <c>POST /api/dialogflow/es</c> (legacy ES v2
/// fulfillment). Authenticate first (a refusal is a 401 with no side effects), then answer: business problems
/// are spoken apologies in a 200, and only a body that is not a webhook request is a 400. Never a 5xx, which
/// Dialogflow would treat as the webhook being down.
/// </summary>
public static partial class DialogflowFunction
{
    public static WebApplication MapDialogflowFunction(this WebApplication app)
    {
        app.MapPost("/api/dialogflow", HandleCxAsync);
        app.MapPost("/api/dialogflow/es", HandleEsAsync);
        return app;
    }

    public static async Task<Results<JsonHttpResult<CxWebhookResponse>, ProblemHttpResult>> HandleCxAsync(
        HttpRequest request,
        DialogflowAuthenticator authenticator,
        DialogflowSkill skill,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (body, refusal) = await AdmitAsync(request, authenticator, loggers, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await skill.HandleCxAsync(body, request.ClientAddress(), cancellationToken);
        return result.Response is { } response
            ? TypedResults.Json(response, DialogflowJsonContext.Default.CxWebhookResponse)
            : Problems.BadRequest(result.Rejection ?? "The request was refused.");
    }

    public static async Task<Results<JsonHttpResult<EsWebhookResponse>, ProblemHttpResult>> HandleEsAsync(
        HttpRequest request,
        DialogflowAuthenticator authenticator,
        DialogflowSkill skill,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (body, refusal) = await AdmitAsync(request, authenticator, loggers, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await skill.HandleEsAsync(body, request.ClientAddress(), cancellationToken);
        return result.Response is { } response
            ? TypedResults.Json(response, DialogflowJsonContext.Default.EsWebhookResponse)
            : Problems.BadRequest(result.Rejection ?? "The request was refused.");
    }

    /// <summary>Authentication before the body is read (nothing about an unauthenticated request is processed), then the body.</summary>
    private static async Task<(ReadOnlyMemory<byte> Body, ProblemHttpResult? Refusal)> AdmitAsync(
        HttpRequest request,
        DialogflowAuthenticator authenticator,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var failedCheck = await authenticator.AuthenticateAsync(new DialogflowCredentials(name => request.Headers[name].FirstOrDefault()), cancellationToken);
        if (failedCheck is not null)
        {
            LogRejected(loggers.CreateLogger(typeof(DialogflowFunction)), failedCheck);
            return (default, Problems.BadRequest("The webhook request is not authenticated.", StatusCodes.Status401Unauthorized));
        }

        if (!RequestBody.IsJson(request))
        {
            return (default, Problems.BadRequest("The Dialogflow webhook accepts application/json only.", StatusCodes.Status415UnsupportedMediaType));
        }

        return await RequestBody.ReadAsync(request, HostingExtensions.MaxBodyBytes, cancellationToken) is { } body
            ? (body, null)
            : (default, Problems.BadRequest($"The request body is larger than {HostingExtensions.MaxBodyBytes / 1024} KiB."));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialogflow webhook request refused: {Check}")]
    private static partial void LogRejected(ILogger logger, string check);
}
