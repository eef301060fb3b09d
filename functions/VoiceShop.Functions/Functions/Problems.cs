using Microsoft.AspNetCore.Http.HttpResults;

namespace VoiceShop.Functions.Functions;

/// <summary>Problem-details answers shared by the functions, so every refusal looks the same.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail: detail, statusCode: status);
}
