using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Skills;

/// <summary>
/// What a channel adapter gives its host for one request: a response to send (with the conversation's
/// <see cref="Reply"/> behind it, for tests and benchmarks), or the reason the request was refused (a 400).
/// The host sends <see cref="ToJson"/> as it is, so it never needs to name the platform's wire types.
/// </summary>
public sealed record ChannelResult<TResponse>(TResponse? Response, string? Rejection, Reply? Reply)
    where TResponse : class
{
    private JsonTypeInfo<TResponse>? _json;

    /// <summary>An answer, serialized by <paramref name="json"/> (source-generated, so no reflection) when sent.</summary>
    public static ChannelResult<TResponse> Answer(TResponse response, JsonTypeInfo<TResponse> json, Reply? reply = null) =>
        new(response, null, reply) { _json = json };

    public static ChannelResult<TResponse> Reject(string reason) => new(null, reason, null);

    /// <summary>The response as UTF-8 JSON, exactly as the platform expects it.</summary>
    public byte[] ToJson() => Response is not null && _json is not null
        ? JsonSerializer.SerializeToUtf8Bytes(Response, _json)
        : throw new InvalidOperationException($"A refused request has no response: {Rejection}");
}
