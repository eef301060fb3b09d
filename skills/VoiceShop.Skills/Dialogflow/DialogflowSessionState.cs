using System.Text.Json;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Dialog state as Dialogflow session parameters. Each state key becomes one flat parameter under a
/// <c>vs_</c> prefix (dots become underscores, so agent designers can reference them as
/// <c>$session.params.vs_awaiting</c>); keys that left the state are sent as null, which deletes them.
/// </summary>
public static class DialogflowSessionState
{
    /// <summary>The prefix that marks VoiceShop's own session parameters.</summary>
    public const string Prefix = "vs_";

    private const string HeldSlotKeyPrefix = "slot.";
    private const string HeldSlotParameterPrefix = "slot_";

    /// <summary>The state carried in <paramref name="parameters"/>; other parameters are ignored.</summary>
    public static DialogState Read(IReadOnlyDictionary<string, JsonElement>? parameters)
    {
        if (parameters is null)
        {
            return DialogState.Empty;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                values[StateKey(name[Prefix.Length..])] = text;
            }
        }

        return DialogState.FromDictionary(values);
    }

    /// <summary>
    /// The parameter updates that turn the session's current VoiceShop parameters into <paramref name="state"/>:
    /// every key of the new state, and null for each old key it no longer has.
    /// </summary>
    public static Dictionary<string, string?> Updates(DialogState state, IEnumerable<string>? currentParameterNames)
    {
        var updates = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in currentParameterNames ?? [])
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                updates[name] = null;
            }
        }

        foreach (var (key, value) in state.ToDictionary())
        {
            updates[ParameterName(key)] = value;
        }

        return updates;
    }

    /// <summary>"slot.product" → "vs_slot_product".</summary>
    public static string ParameterName(string stateKey) =>
        Prefix + (stateKey.StartsWith(HeldSlotKeyPrefix, StringComparison.Ordinal)
            ? HeldSlotParameterPrefix + stateKey[HeldSlotKeyPrefix.Length..]
            : stateKey);

    private static string StateKey(string unprefixed) =>
        unprefixed.StartsWith(HeldSlotParameterPrefix, StringComparison.Ordinal)
            ? HeldSlotKeyPrefix + unprefixed[HeldSlotParameterPrefix.Length..]
            : unprefixed;
}
