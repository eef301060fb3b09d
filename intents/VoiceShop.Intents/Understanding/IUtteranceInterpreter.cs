using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Our own understanding of free text (the text and voice channels, the console, in-car clients): words in,
/// intent and slots out. Platforms with their own NLU (Alexa, Dialogflow) do not use it.
/// </summary>
public interface IUtteranceInterpreter
{
    /// <summary>What <paramref name="text"/> means, given what the conversation is waiting for.</summary>
    UtteranceMeaning Interpret(string text, DialogState state, string locale);
}

/// <summary>An interpretation: a neutral intent name (see <see cref="IntentNames"/>), a confidence in [0, 1], and the slots heard.</summary>
public sealed record UtteranceMeaning(string IntentName, double Confidence, IReadOnlyDictionary<string, SlotValue> Slots);
