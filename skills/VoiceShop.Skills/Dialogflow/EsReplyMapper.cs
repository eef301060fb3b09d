using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Translates a <see cref="Reply"/> into an ES fulfillment response: plain text, SSML for telephony, the
/// legacy Google payload (simpleResponse with SSML, expectUserResponse), and the state context (lifespan 0
/// deletes it when the conversation has nothing to remember).
/// </summary>
public static class EsReplyMapper
{
    /// <summary>How many turns the state context lives; the next turn always rewrites it.</summary>
    private const int StateLifespan = 5;

    public static EsWebhookResponse ToResponse(Reply reply, Turn turn, EsWebhookRequest request, Dictionary<string, string?>? handOffMetadata = null)
    {
        var speech = DialogflowSpeech.Render(reply.Speech, turn.Locale);
        var state = reply.EndSession ? DialogState.Empty : reply.State;
        var stateParameters = DialogflowSessionState.Updates(state, currentParameterNames: null)
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
        var hadState = request.QueryResult?.OutputContexts?.Any(c => EsTurnMapper.IsStateContext(c.Name)) == true;

        return new EsWebhookResponse
        {
            FulfillmentText = speech?.PlainText,
            FulfillmentMessages = speech is null
                ? null
                :
                [
                    new EsMessage { Text = new CxText { Text = [speech.PlainText] } },
                    new EsMessage { Platform = "TELEPHONY", TelephonySynthesizeSpeech = new EsSynthesizeSpeech { Ssml = speech.Ssml } },
                ],
            Source = "voiceshop",
            Payload = new EsResponsePayload
            {
                Google = speech is null ? null : new EsGooglePayload
                {
                    ExpectUserResponse = !reply.EndSession,
                    RichResponse = new EsRichResponse { Items = [new EsRichItem { SimpleResponse = new EsSimpleResponse { Ssml = speech.Ssml, DisplayText = speech.PlainText } }] },
                },
                LiveAgentHandoff = reply.HandOffToAgent ? new CxLiveAgentHandoff { Metadata = handOffMetadata ?? [] } : null,
            },
            OutputContexts = string.IsNullOrEmpty(request.Session) || (stateParameters.Count == 0 && !hadState)
                ? null
                :
                [
                    new EsOutputContext
                    {
                        Name = request.Session + "/contexts/" + EsTurnMapper.StateContext,
                        LifespanCount = stateParameters.Count == 0 ? 0 : StateLifespan,
                        Parameters = stateParameters,
                    },
                ],
        };
    }
}
