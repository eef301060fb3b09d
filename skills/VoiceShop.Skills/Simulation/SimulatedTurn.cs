using System.Text.Json.Nodes;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// One exchange of a simulated conversation, with everything a developer wants to inspect: what was said,
/// the intent and slots the request carried, the exact request and response JSON, and the reply as read.
/// <see cref="Error"/> is set (and <see cref="Reply"/> null) when the host refused the request or was unreachable.
/// </summary>
public sealed record SimulatedTurn(
    string Platform,
    string Utterance,
    string? IntentName,
    IReadOnlyDictionary<string, SlotValue> Slots,
    JsonObject Request,
    int StatusCode,
    JsonNode? Response,
    SimulatedReply? Reply,
    string? Error);
