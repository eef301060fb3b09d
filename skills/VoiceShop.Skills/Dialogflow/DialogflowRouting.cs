using System.Collections.Frozen;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Which conversation intent a Dialogflow turn is. The agent's fulfillment tag decides (one documented tag
/// per handler, as Google's samples route); an unknown or missing tag falls back to the matched intent's
/// display name; anything else is the fallback intent.
/// </summary>
public static class DialogflowRouting
{
    /// <summary>The fulfillment tags an agent sets on its routes, and the intent each one runs.</summary>
    public static FrozenDictionary<string, string> Tags { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["welcome"] = IntentNames.Launch,
        ["reorder"] = IntentNames.Reorder,
        ["order-status"] = IntentNames.OrderStatus,
        ["buy"] = IntentNames.Buy,
        ["confirm"] = IntentNames.Yes,
        ["deny"] = IntentNames.No,
        ["cancel-order"] = IntentNames.CancelOrder,
        ["help"] = IntentNames.Help,
        ["stop"] = IntentNames.Stop,
        ["fallback"] = IntentNames.Fallback,
        ["agent"] = IntentNames.Agent,
        ["voice-code"] = IntentNames.VoiceCode,
        ["cancel"] = IntentNames.Cancel,
        ["start-over"] = IntentNames.NavigateHome,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Intent display names understood without a tag: Dialogflow's defaults and VoiceShop's own names.</summary>
    private static readonly FrozenDictionary<string, string> DisplayNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Default Welcome Intent"] = IntentNames.Launch,
        ["Default Fallback Intent"] = IntentNames.Fallback,
        ["Default Negative Intent"] = IntentNames.Fallback,
        [IntentNames.Launch] = IntentNames.Launch,
        [IntentNames.Reorder] = IntentNames.Reorder,
        [IntentNames.OrderStatus] = IntentNames.OrderStatus,
        [IntentNames.Buy] = IntentNames.Buy,
        [IntentNames.CancelOrder] = IntentNames.CancelOrder,
        [IntentNames.Yes] = IntentNames.Yes,
        [IntentNames.No] = IntentNames.No,
        [IntentNames.Help] = IntentNames.Help,
        [IntentNames.Stop] = IntentNames.Stop,
        [IntentNames.Cancel] = IntentNames.Cancel,
        [IntentNames.Fallback] = IntentNames.Fallback,
        [IntentNames.Agent] = IntentNames.Agent,
        [IntentNames.VoiceCode] = IntentNames.VoiceCode,
        [IntentNames.NavigateHome] = IntentNames.NavigateHome,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
