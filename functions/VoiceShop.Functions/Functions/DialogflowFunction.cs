using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Dialogflow.Auth;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// <c>POST /api/dialogflow</c> (Dialogflow CX webhook) and <c>POST /api/dialogflow/es</c> (legacy ES v2
/// fulfillment), one path: authenticate first (a refusal is a 401 with no side effects, before the body is
/// read), then admit the JSON body, then answer: business problems are spoken apologies in a 200, and only a
/// body that is not a webhook request is a 400. Never a 5xx, which Dialogflow would treat as the webhook being down.
/// </summary>
public static partial class DialogflowFunction
{
    private const string WrongType = "The Dialogflow webhook accepts application/json only.";

    public static IEndpointRouteBuilder MapDialogflowFunction(this IEndpointRouteBuilder api)
    {
        // Filters run in the order added: authentication, then the body.
        api.MapPost("/dialogflow", (HttpRequest request, DialogflowSkill skill, CancellationToken cancellationToken) =>
            AnswerAsync(request, skill.HandleCxAsync, cancellationToken))
            .AddEndpointFilter(AuthenticateAsync)
            .AcceptsJsonBody(WrongType);
        api.MapPost("/dialogflow/es", (HttpRequest request, DialogflowSkill skill, CancellationToken cancellationToken) =>
            AnswerAsync(request, skill.HandleEsAsync, cancellationToken))
            .AddEndpointFilter(AuthenticateAsync)
            .AcceptsJsonBody(WrongType);
        return api;
    }

    /// <summary>The one path of both flavours: the admitted body, from this client, answered by the flavour's parser.</summary>
    private static async Task<IResult> AnswerAsync<TResponse>(
        HttpRequest request,
        Func<ReadOnlyMemory<byte>, string?, CancellationToken, Task<Skills.ChannelResult<TResponse>>> answer,
        CancellationToken cancellationToken)
        where TResponse : class =>
        (await answer(request.AdmittedBody().Bytes, request.ClientAddress(), cancellationToken)).ToHttp();

    /// <summary>Authentication before the body is read: nothing about an unauthenticated request is processed.</summary>
    private static async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authenticator = http.RequestServices.GetRequiredService<DialogflowAuthenticator>();
        var failedCheck = await authenticator.AuthenticateAsync(new DialogflowCredentials(name => http.Request.Headers[name].FirstOrDefault()), http.RequestAborted);
        if (failedCheck is not null)
        {
            LogRejected(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DialogflowFunction)), failedCheck);
            return Problems.BadRequest("The webhook request is not authenticated.", StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialogflow webhook request refused: {Check}")]
    private static partial void LogRejected(ILogger logger, string check);
}
