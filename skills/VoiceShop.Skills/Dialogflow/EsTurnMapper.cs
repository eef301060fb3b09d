using System.Text.Json;
using VoiceShop.Intents.Conversation;
using VoiceShop.Skills.Dialogflow.Model;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Translates a legacy Dialogflow ES (v2) fulfillment request into the same <see cref="Turn"/> as CX: the
/// action (ES's counterpart of a tag) or the intent display name routes, parameters become slots, and the
/// dialog state rides in one output context.
/// </summary>
public static class EsTurnMapper
{
    /// <summary>The context that carries VoiceShop's dialog state between ES turns.</summary>
    public const string StateContext = "voiceshop-state";

    private static readonly string[] SlotNamesHeard = [SlotNames.Product, SlotNames.Quantity, SlotNames.MaxPrice, SlotNames.Ordinal];

    public static Turn ToTurn(EsWebhookRequest request)
    {
        var query = request.QueryResult!;
        var state = DialogflowSessionState.Read(StateParameters(query));
        return new Turn(
            CxTurnMapper.Platform,
            DialogflowLocale.From(query.LanguageCode),
            request.Session ?? "",
            request.ResponseId ?? "",
            DialogflowRouting.IntentName(query.Action, query.Intent?.DisplayName),
            Slots(query),
            Confirmation.None,
            DialogflowIdentity.From(request.OriginalDetectIntentRequest?.Payload, sessionParameters: null),
            state,
            new DeviceProfile(HasScreen: false, Brief: false));
    }

    /// <summary>The parameters of the state context, when the session has one.</summary>
    public static Dictionary<string, JsonElement>? StateParameters(EsQueryResult query) =>
        query.OutputContexts?.FirstOrDefault(c => IsStateContext(c.Name))?.Parameters;

    public static bool IsStateContext(string? contextName) =>
        contextName is not null && contextName.EndsWith("/contexts/" + StateContext, StringComparison.Ordinal);

    private static Dictionary<string, SlotValue> Slots(EsQueryResult query)
    {
        var slots = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        foreach (var name in SlotNamesHeard)
        {
            if (query.Parameters is null || !query.Parameters.TryGetValue(name, out var value) || DialogflowValues.AsText(value) is not { } resolved)
            {
                continue;
            }

            // ES reports the words said as "<name>.original" in its contexts, not in the parameters.
            var original = query.OutputContexts?
                .Select(c => c.Parameters is { } p && p.TryGetValue(name + ".original", out var said) ? DialogflowValues.AsText(said) : null)
                .FirstOrDefault(said => said is not null);
            slots[name] = name is SlotNames.Product or SlotNames.Ordinal ? new SlotValue(original ?? resolved, ResolvedId: resolved) : new SlotValue(resolved);
        }

        return slots;
    }
}
