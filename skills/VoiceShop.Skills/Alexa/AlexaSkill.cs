using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa.Model;
using VoiceShop.Skills.Replays;

namespace VoiceShop.Skills.Alexa;

/// <summary>
/// The Alexa channel: parses the request body tolerantly, checks it is ours, runs the turn through the
/// conversation, and answers in Alexa's JSON. Signature verification happens before this is called.
/// </summary>
public sealed partial class AlexaSkill(ConversationEngine conversation, AlexaOptions options, RequestReplayGuard replays, CanFulfillIntentResponder canFulfill, ILogger<AlexaSkill> logger)
{
    /// <summary>Parses and answers one request body whose sender is not known.</summary>
    public Task<ChannelResult<AlexaResponseEnvelope>> HandleAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        HandleAsync(body, clientAddress: null, cancellationToken);

    /// <summary>Parses and answers one request body that came from <paramref name="clientAddress"/> (Amazon's server, for the per-address limit).</summary>
    public async Task<ChannelResult<AlexaResponseEnvelope>> HandleAsync(ReadOnlyMemory<byte> body, string? clientAddress, CancellationToken cancellationToken)
    {
        if (Parse(body) is not { } parsed)
        {
            return ChannelResult<AlexaResponseEnvelope>.Reject("The body is not a valid Alexa request JSON document.");
        }

        if (parsed.Request?.Type is not { Length: > 0 } type)
        {
            return ChannelResult<AlexaResponseEnvelope>.Reject("The Alexa request has no request.type.");
        }

        if (options.SkillIds.Length == 0 && !options.AcceptAnySkillWhenEmpty)
        {
            return ChannelResult<AlexaResponseEnvelope>.Reject(NoSkillIdsConfigured);
        }

        if (!IsAllowedSkill(AlexaTurnMapper.ApplicationId(parsed)))
        {
            LogWrongSkill();
            return ChannelResult<AlexaResponseEnvelope>.Reject("This request is for another skill.");
        }

        return type switch
        {
            AlexaRequestTypes.Launch or AlexaRequestTypes.Intent => await AnswerOnceAsync(parsed, clientAddress, cancellationToken),
            AlexaRequestTypes.SessionEnded => await AnswerAsync(parsed, clientAddress, cancellationToken),
            AlexaRequestTypes.CanFulfill => Answered(await canFulfill.AnswerAsync(parsed.Request.Intent, cancellationToken)),
            _ => Answered(AlexaReplyMapper.Acknowledgement()),
        };
    }

    /// <summary>Reads the envelope; null for anything that is not a JSON object of the expected shape.</summary>
    public static AlexaRequestEnvelope? Parse(ReadOnlyMemory<byte> body)
    {
        var bytes = body.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // JSON is UTF-8; the reader only checks strings when they are read, so a bad byte in a session
        // attribute would otherwise surface deep in the turn as an exception instead of a 400.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, AlexaJsonContext.Default.AlexaRequestEnvelope);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The refusal when no skill is configured (the host also warns once at start-up).</summary>
    public const string NoSkillIdsConfigured = "Alexa:SkillIds is empty, so this host accepts no skill's requests; set Alexa:SkillIds to your skill's id.";

    private bool IsAllowedSkill(string? applicationId) =>
        options.SkillIds.Length == 0 || (applicationId is not null && options.SkillIds.Contains(applicationId, StringComparer.Ordinal));

    /// <summary>
    /// Answers a request that may have effects (a "yes" places an order) once per request id: Alexa's retry of
    /// the same request gets the first answer again, byte for byte, and never runs the conversation twice.
    /// </summary>
    private async Task<ChannelResult<AlexaResponseEnvelope>> AnswerOnceAsync(AlexaRequestEnvelope envelope, string? clientAddress, CancellationToken cancellationToken)
    {
        if (envelope.Request?.RequestId is not { Length: > 0 } requestId || IsReadOnly(envelope.Request))
        {
            return await AnswerAsync(envelope, clientAddress, cancellationToken);
        }

        ChannelResult<AlexaResponseEnvelope>? fresh = null;
        var stored = await replays.AnswerOnceAsync(
            AlexaTurnMapper.Platform,
            requestId,
            async token =>
            {
                fresh = await AnswerAsync(envelope, clientAddress, token);
                return JsonSerializer.SerializeToUtf8Bytes(fresh.Response!, AlexaJsonContext.Default.AlexaResponseEnvelope);
            },
            cancellationToken);
        return fresh ?? Answered(JsonSerializer.Deserialize(stored, AlexaJsonContext.Default.AlexaResponseEnvelope)!);
    }

    /// <summary>
    /// Turns that only read (launch, session end, and the intents the interaction model marks <c>readOnly</c>:
    /// order status, help, fallback…) are simply answered again on a retry: the replay log costs two writes per
    /// request, which is only worth paying where a turn writes.
    /// </summary>
    private static bool IsReadOnly(AlexaRequest request) => request.Type switch
    {
        AlexaRequestTypes.Launch or AlexaRequestTypes.SessionEnded => true,
        AlexaRequestTypes.Intent => request.Intent?.ConfirmationStatus is null or "NONE"
            && ReadOnlyIntents.Contains(AlexaTurnMapper.NeutralIntentName(request.Intent?.Name)),
        _ => false,
    };

    /// <summary>The intents the interaction model marks as only reading.</summary>
    private static readonly FrozenSet<string> ReadOnlyIntents =
        VoiceShop.Intents.Model.InteractionModel.Shipped.Intents.Where(i => i.ReadOnly).Select(i => i.Name).ToFrozenSet(StringComparer.Ordinal);

    private async Task<ChannelResult<AlexaResponseEnvelope>> AnswerAsync(AlexaRequestEnvelope envelope, string? clientAddress, CancellationToken cancellationToken)
    {
        var turn = AlexaTurnMapper.ToTurn(envelope) with { ClientAddress = clientAddress, ClientIsPlatformServer = true };
        var reply = await conversation.HandleAsync(turn, cancellationToken);
        if (turn.IntentName == IntentNames.SessionEnded)
        {
            // Alexa ignores any speech in answer to SessionEndedRequest.
            return Answered(AlexaReplyMapper.Acknowledgement());
        }

        return Answered(AlexaReplyMapper.ToResponse(reply, turn, envelope.Request?.Intent), reply);
    }

    private static ChannelResult<AlexaResponseEnvelope> Answered(AlexaResponseEnvelope response, Reply? reply = null) =>
        ChannelResult<AlexaResponseEnvelope>.Answer(response, AlexaJsonContext.Default.AlexaResponseEnvelope, reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alexa request rejected: skill id not in Alexa:SkillIds")]
    private partial void LogWrongSkill();
}
