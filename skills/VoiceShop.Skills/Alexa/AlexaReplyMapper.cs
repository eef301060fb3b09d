using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Alexa.Model;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Skills.Alexa;

/// <summary>Translates a <see cref="Reply"/> into Alexa's response JSON, with speech rendered in Alexa's SSML.</summary>
public static class AlexaReplyMapper
{
    private static readonly HashSet<string> BuiltInIntents = new(StringComparer.Ordinal)
    {
        IntentNames.Yes, IntentNames.No, IntentNames.Help, IntentNames.Stop, IntentNames.Cancel, IntentNames.Fallback, IntentNames.NavigateHome,
    };

    public static AlexaResponseEnvelope ToResponse(Reply reply, Turn turn, AlexaIntent? requestIntent)
    {
        var locale = SpeechLocale.For(turn.Locale);
        var response = new AlexaResponse
        {
            OutputSpeech = Speech(reply.Speech, locale),
            Reprompt = reply.Reprompt is null || reply.EndSession ? null : new AlexaReprompt { OutputSpeech = Speech(reply.Reprompt, locale) },
            ShouldEndSession = reply.EndSession,
            Card = reply.LinkAccount
                ? new AlexaCard { Type = "LinkAccount" }
                : reply.Card is { } card ? new AlexaCard { Type = "Simple", Title = card.Title, Content = string.Join('\n', card.Lines) } : null,
        };

        if (reply.Elicit is { } elicit && !reply.EndSession)
        {
            response.Directives =
            [
                new AlexaDirective
                {
                    Type = "Dialog.ElicitSlot",
                    SlotToElicit = elicit.SlotName,
                    UpdatedIntent = UpdatedIntent(elicit.IntentName, requestIntent),
                },
            ];
        }

        var attributes = reply.EndSession ? null : reply.State.ToDictionary();
        return new AlexaResponseEnvelope
        {
            SessionAttributes = attributes is { Count: > 0 } ? new Dictionary<string, string>(attributes) : null,
            Response = response,
        };
    }

    /// <summary>An empty response: the acknowledgement for requests that take no speech.</summary>
    public static AlexaResponseEnvelope Acknowledgement() => new();

    /// <summary>"YesIntent" back to "AMAZON.YesIntent".</summary>
    public static string AlexaIntentName(string neutralName) =>
        BuiltInIntents.Contains(neutralName) ? "AMAZON." + neutralName : neutralName;

    private static AlexaOutputSpeech? Speech(Speech.SpeechNode speech, SpeechLocale locale)
    {
        if (speech is Speech.SpeechNode.Sequence { Parts.Count: 0 })
        {
            return null;
        }

        return new AlexaOutputSpeech { Type = "SSML", Ssml = SsmlRenderer.ToSsml(speech, SsmlDialect.Alexa, locale) };
    }

    /// <summary>
    /// The intent to keep eliciting: the request's own intent with its slots when it is the same one (so
    /// slots already heard survive), else the other intent with no slots (intent chaining).
    /// </summary>
    private static AlexaIntent UpdatedIntent(string neutralName, AlexaIntent? requestIntent)
    {
        var name = AlexaIntentName(neutralName);
        if (requestIntent?.Name == name)
        {
            return new AlexaIntent { Name = name, ConfirmationStatus = requestIntent.ConfirmationStatus ?? "NONE", Slots = requestIntent.Slots };
        }

        return new AlexaIntent { Name = name, ConfirmationStatus = "NONE" };
    }
}
