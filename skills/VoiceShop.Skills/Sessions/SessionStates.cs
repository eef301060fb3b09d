using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Skills.Sessions;

/// <summary>
/// The dialog state of channels whose platform keeps no session (text, voice, and the messaging channels
/// that follow): kept in the store under the client's session id, namespaced by channel so one channel's
/// session never meets another's. A state that cannot be read starts the conversation afresh.
/// </summary>
public sealed class SessionStates(IDialogStateStore states, IClock clock)
{
    /// <summary>The state of <paramref name="sessionId"/> on <paramref name="channel"/>, or empty when there is none.</summary>
    public async Task<DialogState> LoadAsync(string channel, string sessionId, CancellationToken cancellationToken)
    {
        var json = await states.GetDialogStateAsync(Key(channel, sessionId), cancellationToken);
        if (string.IsNullOrEmpty(json))
        {
            return DialogState.Empty;
        }

        try
        {
            return DialogState.FromDictionary(JsonSerializer.Deserialize(json, SessionJsonContext.Default.DictionaryStringString));
        }
        catch (JsonException)
        {
            return DialogState.Empty;
        }
    }

    /// <summary>Keeps the state after a reply: empty once the reply ends the conversation.</summary>
    public Task SaveAsync(string channel, string sessionId, Reply reply, CancellationToken cancellationToken) =>
        states.SaveDialogStateAsync(
            Key(channel, sessionId),
            JsonSerializer.Serialize(
                new Dictionary<string, string>((reply.EndSession ? DialogState.Empty : reply.State).ToDictionary()),
                SessionJsonContext.Default.DictionaryStringString),
            clock.GetCurrentInstant(),
            cancellationToken);

    private static string Key(string channel, string sessionId) => channel + ":" + sessionId;
}

/// <summary>Source-generated JSON for stored dialog state.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
