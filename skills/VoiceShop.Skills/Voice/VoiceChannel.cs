using System.Text.Json;
using Microsoft.Extensions.Logging;
using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Sessions;
using VoiceShop.Speech;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Recognition;
using VoiceShop.Speech.Ssml;
using VoiceShop.Speech.Synthesis;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// The voice channel: audio in, audio out, for clients without Alexa or Google. Speech to text, then our own
/// understanding of the words, then the same conversation every platform uses, then text to speech. Dialog
/// state is kept in the store under the client's session id, because this channel has no platform session
/// to carry it.
/// </summary>
public sealed partial class VoiceChannel(
    ISpeechRecognizer recognizer,
    ISpeechSynthesizer synthesizer,
    ConversationEngine conversation,
    PromptBook prompts,
    SessionStates sessions,
    ILogger<VoiceChannel> logger,
    IUtteranceInterpreter? interpreter = null)
{
    /// <summary>The platform name handlers see, which picks <c>.voice</c> prompt variants where there are any.</summary>
    public const string Platform = "voice";

    /// <summary>
    /// Below this recogniser confidence the words are not acted on and the shopper is asked again: a misheard
    /// "yes" must never place an order. Engines that give no confidence are trusted here, but never for a yes.
    /// </summary>
    public const double MinimumConfidence = 0.5;

    /// <summary>
    /// A yes is taken only when heard this surely (the recogniser's confidence): after a read-back it places or
    /// cancels an order, and elsewhere it leads to one. The offline recogniser gives this only when its general
    /// English model heard the same words as its command model; Azure gives 0.9 and up to clear speech.
    /// </summary>
    public const double YesConfidence = 0.9;

    /// <summary>Whether words can be understood here; false until an <see cref="IUtteranceInterpreter"/> is registered.</summary>
    public bool CanUnderstand => interpreter is not null;

    /// <summary>Answers one spoken turn.</summary>
    /// <exception cref="SpeechEngineException">Speech to text is unavailable; nothing was changed.</exception>
    public async Task<VoiceOutcome> HandleAsync(VoiceRequest request, CancellationToken cancellationToken)
    {
        var state = await sessions.LoadAsync(Platform, request.SessionId, cancellationToken);
        var transcript = await recognizer.RecognizeAsync(request.Audio, request.Locale, cancellationToken);
        Reply reply;
        string? intent = null;
        var meaning = transcript.Recognized && transcript.Confidence is not < MinimumConfidence
            ? interpreter?.Interpret(transcript.Text, state, request.Locale)
            : null;
        if (meaning is null || IsUnsureYes(meaning.IntentName, transcript))
        {
            // Nothing heard: ask again, keeping the state so a pending yes or no still counts.
            var turn = NewTurn(request, IntentNames.Fallback, new Dictionary<string, SlotValue>(), state);
            reply = Reply.Question(prompts.Say(turn, "voice.notHeard"), prompts.Say(turn, "voice.notHeard.reprompt"), state);
        }
        else
        {
            intent = meaning.IntentName;
            reply = await conversation.HandleAsync(NewTurn(request, meaning.IntentName, meaning.Slots, state), cancellationToken);
        }

        await sessions.SaveAsync(Platform, request.SessionId, reply, cancellationToken);
        LogTurn(transcript.Outcome, intent ?? "(none)", reply.EndSession);

        var locale = SpeechLocale.For(request.Locale);
        var ssml = SsmlRenderer.ToSsml(reply.Speech, synthesizer.Dialect, locale);
        return new VoiceOutcome(
            request.SessionId,
            transcript.Text,
            transcript.Confidence,
            intent,
            ssml,
            SsmlRenderer.ToPlainText(reply.Speech, locale),
            reply.Reprompt is { } reprompt ? SsmlRenderer.ToPlainText(reprompt, locale) : null,
            reply.EndSession,
            await SpeakAsync(ssml, cancellationToken));
    }

    /// <summary>A yes not heard surely enough to act on (see <see cref="YesConfidence"/>).</summary>
    private static bool IsUnsureYes(string intent, Transcript transcript) =>
        intent == IntentNames.Yes && transcript.Confidence is not >= YesConfidence;

    private async Task<byte[]?> SpeakAsync(string ssml, CancellationToken cancellationToken)
    {
        try
        {
            return await synthesizer.SynthesizeAsync(ssml, cancellationToken);
        }
        catch (SpeechEngineException ex)
        {
            // The turn has happened (an order may have been placed): answer with text rather than fail it.
            LogNoAudio(ex);
            return null;
        }
    }

    private Turn NewTurn(VoiceRequest request, string intentName, IReadOnlyDictionary<string, SlotValue> slots, DialogState state) => new(
        Platform,
        request.Locale,
        request.SessionId,
        Guid.NewGuid().ToString("N"),
        intentName,
        slots,
        Confirmation.None,
        string.IsNullOrEmpty(request.AccessToken) ? null : new PlatformIdentity(VoiceIdentity.Provider, request.AccessToken),
        state,
        new DeviceProfile(HasScreen: false, Brief: request.Brief))
    {
        ClientAddress = request.ClientAddress,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Voice turn: recognition {Outcome}, intent {Intent}, session ends: {EndSession}")]
    private partial void LogTurn(RecognitionOutcome outcome, string intent, bool endSession);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Voice reply sent without audio: text to speech failed")]
    private partial void LogNoAudio(Exception exception);
}
