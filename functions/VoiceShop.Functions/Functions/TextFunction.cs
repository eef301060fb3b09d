using Microsoft.AspNetCore.Http.HttpResults;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Text;

namespace VoiceShop.Functions.Functions;

/// <summary><c>POST /api/text</c>: free text in (typed, or from a client's own recogniser), the conversation's answer out.</summary>
public static class TextFunction
{
    public static WebApplication MapTextFunction(this WebApplication app)
    {
        app.MapPost("/api/text", HandleAsync);
        return app;
    }

    /// <summary>Every refusal (not JSON, too large, missing or oversized text or session id) is a 400 problem.</summary>
    public static async Task<Results<JsonHttpResult<TextResponse>, ProblemHttpResult>> HandleAsync(
        HttpRequest request,
        TextChannel channel,
        CancellationToken cancellationToken)
    {
        if (!RequestBody.IsJson(request))
        {
            return Problems.BadRequest("The text endpoint accepts application/json only.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (await RequestBody.ReadAsync(request, HostingExtensions.MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Problems.BadRequest($"The request body is larger than {HostingExtensions.MaxBodyBytes / 1024} KiB.");
        }

        var result = await channel.HandleAsync(body, request.ClientAddress(), cancellationToken);
        return result.Response is { } response
            ? TypedResults.Json(response, TextJsonContext.Default.TextResponse)
            : Problems.BadRequest(result.Rejection ?? "The request was refused.");
    }
}
