using Microsoft.Extensions.Logging;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// The Dialogflow channel (CX, and legacy ES): parses the webhook request tolerantly, runs the turn through
/// the same conversation as Alexa, and answers in Dialogflow's JSON. Business problems are spoken answers;
/// only a body that is not a webhook request is refused. Authentication happens before this is called.
/// </summary>
public sealed partial class DialogflowSkill(ConversationEngine conversation, ICustomerStore customers, ILogger<DialogflowSkill> logger)
{
    /// <summary>Parses and answers one CX WebhookRequest body whose sender is not known.</summary>
    public Task<ChannelResult<CxWebhookResponse>> HandleCxAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        HandleCxAsync(body, clientAddress: null, cancellationToken);

    /// <summary>Parses and answers one CX WebhookRequest body that came from <paramref name="clientAddress"/> (for the per-address limit).</summary>
    public async Task<ChannelResult<CxWebhookResponse>> HandleCxAsync(ReadOnlyMemory<byte> body, string? clientAddress, CancellationToken cancellationToken)
    {
        var request = DialogflowJson.Parse(body.Span, DialogflowJsonContext.Default.CxWebhookRequest);
        if (request is null)
        {
            return ChannelResult<CxWebhookResponse>.Reject("The body is not a Dialogflow CX WebhookRequest JSON object.");
        }

        if (string.IsNullOrWhiteSpace(request.DetectIntentResponseId))
        {
            return ChannelResult<CxWebhookResponse>.Reject("The WebhookRequest has no detectIntentResponseId.");
        }

        var turn = CxTurnMapper.ToTurn(request) with { ClientAddress = clientAddress, ClientIsPlatformServer = true };
        var reply = await conversation.HandleAsync(turn, cancellationToken);
        var metadata = reply.HandOffToAgent ? await HandOffMetadataAsync(turn, CxTurnMapper.Utterance(request), cancellationToken) : null;
        LogAnswered("cx", request.FulfillmentInfo?.Tag, turn.IntentName);
        return ChannelResult<CxWebhookResponse>.Answer(CxReplyMapper.ToResponse(reply, turn, request, metadata), DialogflowJsonContext.Default.CxWebhookResponse, reply);
    }

    /// <summary>Parses and answers one ES v2 WebhookRequest body whose sender is not known.</summary>
    public Task<ChannelResult<EsWebhookResponse>> HandleEsAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        HandleEsAsync(body, clientAddress: null, cancellationToken);

    /// <summary>Parses and answers one ES v2 WebhookRequest body that came from <paramref name="clientAddress"/> (for the per-address limit).</summary>
    public async Task<ChannelResult<EsWebhookResponse>> HandleEsAsync(ReadOnlyMemory<byte> body, string? clientAddress, CancellationToken cancellationToken)
    {
        var request = DialogflowJson.Parse(body.Span, DialogflowJsonContext.Default.EsWebhookRequest);
        if (request is null)
        {
            return ChannelResult<EsWebhookResponse>.Reject("The body is not a Dialogflow ES WebhookRequest JSON object.");
        }

        if (string.IsNullOrWhiteSpace(request.ResponseId) || request.QueryResult is null)
        {
            return ChannelResult<EsWebhookResponse>.Reject("The ES WebhookRequest needs responseId and queryResult.");
        }

        var turn = EsTurnMapper.ToTurn(request) with { ClientAddress = clientAddress, ClientIsPlatformServer = true };
        var reply = await conversation.HandleAsync(turn, cancellationToken);
        var metadata = reply.HandOffToAgent ? await HandOffMetadataAsync(turn, request.QueryResult.QueryText, cancellationToken) : null;
        LogAnswered("es", request.QueryResult.Action, turn.IntentName);
        return ChannelResult<EsWebhookResponse>.Answer(EsReplyMapper.ToResponse(reply, turn, request, metadata), DialogflowJsonContext.Default.EsWebhookResponse, reply);
    }

    /// <summary>What the live agent needs to pick up: who the shopper is (when linked), the session and what they said.</summary>
    private async Task<Dictionary<string, string?>> HandOffMetadataAsync(Turn turn, string? utterance, CancellationToken cancellationToken)
    {
        string? customerId = null;
        try
        {
            customerId = turn.Identity is null ? null : (await customers.FindCustomerByIdentityAsync(turn.Identity, cancellationToken))?.Id;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The hand-off still happens; the agent asks who they are speaking to.
            LogLookupFailed(ex);
        }

        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["customerId"] = customerId,
            ["session"] = turn.SessionId,
            ["lastUtterance"] = utterance,
            ["languageCode"] = turn.Locale,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up the shopper for a live-agent hand-off")]
    private partial void LogLookupFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dialogflow {Flavor} request with tag {Tag} answered as {Intent}")]
    private partial void LogAnswered(string flavor, string? tag, string intent);
}
