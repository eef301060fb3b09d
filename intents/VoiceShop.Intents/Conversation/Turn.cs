using VoiceShop.Commerce.Customers;

namespace VoiceShop.Intents.Conversation;

/// <summary>
/// One thing a shopper said, on any platform, after the skill adapter has translated it: the only shape
/// the conversation handlers ever see.
/// </summary>
/// <param name="Platform">"alexa", "dialogflow", "text"…, used only to pick prompt variants ("in your Alexa app").</param>
/// <param name="Locale">The shopper's locale tag, such as en-US.</param>
/// <param name="SessionId">The platform's conversation id.</param>
/// <param name="RequestId">The platform's id for this request, unique per attempt of the platform.</param>
/// <param name="IntentName">One of <see cref="IntentNames"/>; anything else is treated as fallback.</param>
/// <param name="Slots">Slot values heard, by slot name; absent slots are simply missing.</param>
/// <param name="Confirmation">The platform's own confirmation answer, where it asked (Alexa ConfirmIntent).</param>
/// <param name="Identity">How the platform names the shopper, or null when the account is not linked.</param>
/// <param name="State">Dialog state carried from the previous reply.</param>
/// <param name="Device">What the shopper is listening on.</param>
public sealed record Turn(
    string Platform,
    string Locale,
    string SessionId,
    string RequestId,
    string IntentName,
    IReadOnlyDictionary<string, SlotValue> Slots,
    Confirmation Confirmation,
    PlatformIdentity? Identity,
    DialogState State,
    DeviceProfile Device)
{
    /// <summary>
    /// The network address the request came from (the HTTP connection's, or the client's as forwarded by a
    /// listed proxy), counted by the per-address purchase limit: the shopper's own device on the text and voice
    /// channels, the platform's server for Alexa and Dialogflow. Null when the channel does not know it.
    /// </summary>
    public string? ClientAddress { get; init; }

    /// <summary>
    /// True when <see cref="ClientAddress"/> is a voice platform's server (Alexa, Dialogflow) that carries every
    /// shopper's requests, rather than the shopper's own device: the per-address purchase limit then leaves it
    /// alone unless <c>Purchasing:LimitPlatformServerAddresses</c> is set, or one busy platform server would
    /// throttle all shoppers together.
    /// </summary>
    public bool ClientIsPlatformServer { get; init; }

    /// <summary>The slot named <paramref name="name"/>, if it was heard.</summary>
    public SlotValue? Slot(string name) => Slots.TryGetValue(name, out var value) && value.HasValue ? value : null;
}

/// <summary>
/// A slot as heard: <see cref="Spoken"/> is the words, <see cref="ResolvedId"/> and <see cref="ResolvedName"/>
/// the catalog entry the platform matched them to, when it did.
/// </summary>
public sealed record SlotValue(string? Spoken, string? ResolvedId = null, string? ResolvedName = null)
{
    public bool HasValue => !string.IsNullOrWhiteSpace(Spoken) || !string.IsNullOrWhiteSpace(ResolvedId);
}

/// <summary>A platform's own yes/no confirmation of the whole intent.</summary>
public enum Confirmation
{
    None,
    Confirmed,
    Denied,
}

/// <summary>
/// What the reply is heard on. <see cref="Brief"/> is for drivers and screenless devices in a car: one short
/// sentence, nothing that only a screen would show.
/// </summary>
public sealed record DeviceProfile(bool HasScreen, bool Brief)
{
    public static DeviceProfile SmartSpeaker { get; } = new(HasScreen: false, Brief: false);
}
