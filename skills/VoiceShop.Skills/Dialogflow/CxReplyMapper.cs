using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Translates a <see cref="Reply"/> into a CX WebhookResponse: Google SSML for voice plus the same words as
/// text for display, the dialog state as session parameters, an INVALID form parameter when the shopper's
/// answer to a form could not be used, the end of the session when the reply is a statement, and a live-agent
/// hand-off when asked for.
/// </summary>
public static class CxReplyMapper
{
    /// <summary>The special page id that ends the conversation.</summary>
    private const string EndSessionPage = "END_SESSION";

    /// <summary>The session parameter holding the reprompt, for the agent's <c>sys.no-input-*</c> handlers.</summary>
    public const string RepromptParameter = DialogflowSessionState.Prefix + "reprompt";

    /// <param name="reply">The conversation's answer.</param>
    /// <param name="turn">The turn it answers.</param>
    /// <param name="request">The request, for its page, form and session parameters.</param>
    /// <param name="handOffMetadata">What the live agent is told, when <see cref="Reply.HandOffToAgent"/>.</param>
    public static CxWebhookResponse ToResponse(Reply reply, Turn turn, CxWebhookRequest request, Dictionary<string, string?>? handOffMetadata = null)
    {
        var messages = new List<CxResponseMessage>();
        if (DialogflowSpeech.Render(reply.Speech, turn.Locale) is { } speech)
        {
            messages.Add(new CxResponseMessage { OutputAudioText = new CxOutputAudioText { Ssml = speech.Ssml } });
            messages.Add(new CxResponseMessage { Text = new CxText { Text = [speech.PlainText] } });
        }

        if (reply.HandOffToAgent)
        {
            messages.Add(new CxResponseMessage { LiveAgentHandoff = new CxLiveAgentHandoff { Metadata = handOffMetadata ?? [] } });
        }

        var parameters = DialogflowSessionState.Updates(reply.EndSession ? DialogState.Empty : reply.State, CxTurnMapper.SessionParameterNames(request));
        if (!reply.EndSession && reply.Reprompt is not null && DialogflowSpeech.Render(reply.Reprompt, turn.Locale) is { } reprompt)
        {
            // CX has no reprompt field: the agent's no-input handler can say $session.params.vs_reprompt.
            parameters[RepromptParameter] = reprompt.PlainText;
        }

        var invalid = InvalidFormParameter(reply, request);
        if (invalid is not null)
        {
            // Google's validation sample clears the session copy too, so the form asks again.
            parameters[invalid.DisplayName!] = null;
        }

        return new CxWebhookResponse
        {
            // REPLACE: the reply is the whole answer; static agent messages queued this turn would repeat it.
            FulfillmentResponse = messages.Count == 0 ? null : new CxFulfillmentResponse { Messages = messages, MergeBehavior = CxMergeBehavior.Replace },
            SessionInfo = parameters.Count == 0 ? null : new CxSessionUpdate { Parameters = parameters },
            PageInfo = invalid is null ? null : new CxPageInfo { FormInfo = new CxFormInfo { ParameterInfo = [invalid] } },
            TargetPage = reply.EndSession && !reply.HandOffToAgent ? EndSessionTarget(request.PageInfo?.CurrentPage) : null,
        };
    }

    /// <summary>
    /// When the reply asks again for a slot that the current page's form just filled (an unknown or ambiguous
    /// product, a quantity out of range), that form parameter is marked INVALID so the agent re-prompts it.
    /// </summary>
    private static CxParameterInfo? InvalidFormParameter(Reply reply, CxWebhookRequest request)
    {
        if (reply.Elicit is not { } elicit || reply.EndSession)
        {
            return null;
        }

        var filled = request.PageInfo?.FormInfo?.ParameterInfo?.FirstOrDefault(p =>
            string.Equals(p.DisplayName, elicit.SlotName, StringComparison.Ordinal) && p.State == CxParameterStates.Filled);
        return filled is null
            ? null
            : new CxParameterInfo { DisplayName = filled.DisplayName, Required = filled.Required ?? true, State = CxParameterStates.Invalid };
    }

    /// <summary>
    /// <c>…/flows/&lt;F&gt;/pages/END_SESSION</c> in the flow of the current page, or null when the request
    /// named no page (then the agent's own route decides, and nothing is sent that could be rejected).
    /// </summary>
    public static string? EndSessionTarget(string? currentPage)
    {
        if (string.IsNullOrEmpty(currentPage))
        {
            return null;
        }

        var pagesAt = currentPage.LastIndexOf("/pages/", StringComparison.Ordinal);
        return pagesAt > 0 && currentPage.Contains("/flows/", StringComparison.Ordinal)
            ? currentPage[..(pagesAt + "/pages/".Length)] + EndSessionPage
            : null;
    }
}
