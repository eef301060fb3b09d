using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>Translates a Dialogflow CX webhook request into the platform-neutral <see cref="Turn"/>.</summary>
public static class CxTurnMapper
{
    /// <summary>The platform name handlers see (prompt variants are keyed <c>.dialogflow</c>).</summary>
    public const string Platform = "dialogflow";

    private static readonly string[] SlotNamesHeard = [SlotNames.Product, SlotNames.Quantity, SlotNames.MaxPrice, SlotNames.Ordinal];

    public static Turn ToTurn(CxWebhookRequest request)
    {
        var sessionParameters = request.SessionInfo?.Parameters;
        var state = DialogflowSessionState.Read(sessionParameters);
        return new Turn(
            Platform,
            DialogflowLocale.From(request.LanguageCode),
            request.SessionInfo?.Session ?? "",
            request.DetectIntentResponseId ?? "",
            DialogflowRouting.IntentName(request.FulfillmentInfo?.Tag, request.IntentInfo?.DisplayName),
            Slots(request, state),
            Confirmation.None,
            DialogflowIdentity.From(request.Payload, sessionParameters),
            state,
            Device(request));
    }

    /// <summary>
    /// Slots, first from the matched intent's parameters (this utterance), then from the current page's
    /// filled form parameters, and from session parameters only for the slot the last reply asked for:
    /// session parameters outlive the turn, and a product from an earlier purchase must not leak into a
    /// later one.
    /// </summary>
    private static Dictionary<string, SlotValue> Slots(CxWebhookRequest request, DialogState state)
    {
        var slots = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        foreach (var name in SlotNamesHeard)
        {
            var value = FromIntent(request.IntentInfo, name)
                ?? FromForm(request.PageInfo, name)
                ?? (state.ElicitSlot == name ? FromSession(request.SessionInfo, name) : null);
            if (value is { HasValue: true })
            {
                slots[name] = value;
            }
        }

        return slots;
    }

    private static SlotValue? FromIntent(CxIntentInfo? intent, string name)
    {
        if (intent?.Parameters is null || !intent.Parameters.TryGetValue(name, out var parameter))
        {
            return null;
        }

        return Slot(name, Trim(parameter.OriginalValue), DialogflowValues.AsText(parameter.ResolvedValue));
    }

    private static SlotValue? FromForm(CxPageInfo? page, string name)
    {
        var parameter = page?.FormInfo?.ParameterInfo?.FirstOrDefault(p =>
            string.Equals(p.DisplayName, name, StringComparison.Ordinal) && p.State == CxParameterStates.Filled);
        return parameter is null ? null : Slot(name, null, DialogflowValues.AsText(parameter.Value));
    }

    private static SlotValue? FromSession(CxSessionInfo? session, string name) =>
        session?.Parameters is { } parameters && parameters.TryGetValue(name, out var value)
            ? Slot(name, null, DialogflowValues.AsText(value))
            : null;

    /// <summary>
    /// A product keeps the words said and the entity value resolved (the catalog id, when the agent's entity
    /// type was generated from the catalog), as does a choice from a list (its id); numbers use the resolved value, which parses.
    /// </summary>
    private static SlotValue Slot(string name, string? original, string? resolved) => name is SlotNames.Product or SlotNames.Ordinal
        ? new SlotValue(original ?? resolved, ResolvedId: resolved)
        : new SlotValue(resolved ?? original);

    private static DeviceProfile Device(CxWebhookRequest request)
    {
        var onPhone = DialogflowValues.ObjectProperty(request.Payload, "telephony") is not null || request.Transcript is not null || request.DtmfDigits is not null;
        return new DeviceProfile(HasScreen: !onPhone && request.Text is not null, Brief: false);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>What the shopper said this turn, for hand-off metadata.</summary>
    public static string? Utterance(CxWebhookRequest request) => request.Text ?? request.Transcript ?? request.DtmfDigits;

    /// <summary>The session parameter names present on the request.</summary>
    public static IEnumerable<string> SessionParameterNames(CxWebhookRequest request) =>
        request.SessionInfo?.Parameters?.Keys ?? Enumerable.Empty<string>();
}
