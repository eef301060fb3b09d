using VoiceShop.Intents.Conversation;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// What the simulated platform's own NLU "heard": the neutral intent name and slots the request will carry.
/// On Alexa and Dialogflow the platform decides this before calling VoiceShop, so the simulator decides it
/// too (with VoiceShop's interpreter) and writes it into the request.
/// </summary>
public sealed record SimulatedMeaning(string IntentName, IReadOnlyDictionary<string, SlotValue> Slots, double Confidence)
{
    /// <summary>The session opening ("open voice shop").</summary>
    public static SimulatedMeaning Launch { get; } = new(IntentNames.Launch, new Dictionary<string, SlotValue>(), 1);
}
