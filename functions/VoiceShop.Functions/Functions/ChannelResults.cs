using VoiceShop.Skills;

namespace VoiceShop.Functions.Functions;

/// <summary>An adapter's <see cref="ChannelResult{TResponse}"/> as HTTP: its JSON in a 200, or its refusal as a 400 problem.</summary>
public static class ChannelResults
{
    /// <summary>The content type <c>TypedResults.Json</c> sends, kept so the platforms see the same headers as before.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    public static IResult ToHttp<TResponse>(this ChannelResult<TResponse> result)
        where TResponse : class =>
        result.Response is not null
            ? TypedResults.Bytes(result.ToJson(), JsonContentType)
            : Problems.BadRequest(result.Rejection ?? "The request was refused.");
}
