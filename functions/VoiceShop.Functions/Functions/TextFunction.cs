using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Text;

namespace VoiceShop.Functions.Functions;

/// <summary><c>POST /api/text</c>: free text in (typed, or from a client's own recogniser), the conversation's answer out.</summary>
public static class TextFunction
{
    public static IEndpointRouteBuilder MapTextFunction(this IEndpointRouteBuilder api)
    {
        api.MapPost("/text", HandleAsync)
            .AcceptsJsonBody("The text endpoint accepts application/json only.");
        return api;
    }

    /// <summary>Every refusal (not JSON, too large, missing or oversized text or session id) is a 400 problem.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, TextChannel channel, CancellationToken cancellationToken) =>
        (await channel.HandleAsync(request.AdmittedBody().Bytes, request.ClientAddress(), cancellationToken)).ToHttp();
}
