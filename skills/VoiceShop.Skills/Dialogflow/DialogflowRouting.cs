using System.Collections.Frozen;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Which conversation intent a Dialogflow turn is. The agent's fulfillment tag decides (one documented tag
/// per handler, as Google's samples route); an unknown or missing tag falls back to the matched intent's
/// display name; anything else is the fallback intent. Every tag and name comes from the interaction model
/// (each intent's <c>dialogflowTag</c>), so an intent added there is routed here without a line changed.
/// </summary>
public static class DialogflowRouting
{
    /// <summary>
    /// Turns Dialogflow runs that the shared model has no utterances for: the conversation opening (Alexa's
    /// LaunchRequest, which has no words) and a request for a live agent (Dialogflow's own hand-off).
    /// </summary>
    private static readonly (string Tag, string Intent)[] PlatformTurns =
    [
        ("welcome", IntentNames.Launch),
        ("agent", IntentNames.Agent),
    ];

    /// <summary>Dialogflow's own default intents, understood by display name without a tag.</summary>
    private static readonly (string DisplayName, string Intent)[] DefaultIntents =
    [
        ("Default Welcome Intent", IntentNames.Launch),
        ("Default Fallback Intent", IntentNames.Fallback),
        ("Default Negative Intent", IntentNames.Fallback),
    ];

    /// <summary>The fulfillment tags an agent sets on its routes, and the intent each one runs.</summary>
    public static FrozenDictionary<string, string> Tags { get; } = PlatformTurns
        .Concat(InteractionModel.Shipped.Intents.Where(i => i.DialogflowTag is not null).Select(i => (Tag: i.DialogflowTag!, Intent: i.Name)))
        .ToFrozenDictionary(t => t.Tag, t => t.Intent, StringComparer.OrdinalIgnoreCase);

    /// <summary>Intent display names understood without a tag: Dialogflow's defaults and VoiceShop's own names.</summary>
    private static readonly FrozenDictionary<string, string> DisplayNames = DefaultIntents
        .Concat(Tags.Values.Distinct(StringComparer.Ordinal).Select(name => (DisplayName: name, Intent: name)))
        .ToFrozenDictionary(t => t.DisplayName, t => t.Intent, StringComparer.OrdinalIgnoreCase);

    /// <summary>The tag a route sets to run <paramref name="intentName"/>, or null when no tag runs it (the agent export uses this).</summary>
    public static string? TagFor(string intentName) =>
        Tags.Where(kv => kv.Value == intentName).Select(kv => kv.Key).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The neutral intent name for a tag and an intent display name, either of which may be absent.</summary>
    public static string IntentName(string? tag, string? intentDisplayName)
    {
        if (!string.IsNullOrWhiteSpace(tag) && Tags.TryGetValue(tag.Trim(), out var byTag))
        {
            return byTag;
        }

        if (!string.IsNullOrWhiteSpace(intentDisplayName))
        {
            var name = intentDisplayName.Trim();
            if (DisplayNames.TryGetValue(name, out var byName) || Tags.TryGetValue(name, out byName))
            {
                return byName;
            }
        }

        return IntentNames.Fallback;
    }
}
