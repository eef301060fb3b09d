using VoiceShop.Speech.Audio;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// One spoken turn from a client without a voice platform (an in-car app, a kiosk, a web page): the audio,
/// the conversation it belongs to, and who is speaking.
/// </summary>
/// <param name="Audio">What the shopper said, already checked to be PCM WAV of at most a minute.</param>
/// <param name="SessionId">The client's conversation id; dialog state is kept under it.</param>
/// <param name="Locale">en-US, en-GB…</param>
/// <param name="AccessToken">The account-linking access token, or null for an unlinked client.</param>
/// <param name="Brief">Whether the client wants brief replies (a car, or no screen).</param>
public sealed record VoiceRequest(WavAudio Audio, string SessionId, string Locale, string? AccessToken, bool Brief)
{
    /// <summary>The network address the recording came from, for the per-address purchase limit; null when unknown.</summary>
    public string? ClientAddress { get; init; }
}

/// <summary>What the voice channel answers: the words it heard and its reply as SSML, text and audio.</summary>
/// <param name="SessionId">The conversation id to send with the next turn.</param>
/// <param name="Transcript">The words recognised; empty when nothing was understood.</param>
/// <param name="Confidence">The recogniser's confidence, when it gives one.</param>
/// <param name="Intent">The intent the words were taken to mean; null when nothing was heard.</param>
/// <param name="Ssml">The reply in the dialect of the engine that spoke it.</param>
/// <param name="Text">The reply as text, for a screen.</param>
/// <param name="Reprompt">What to say if the shopper stays silent, when the microphone stays open.</param>
/// <param name="EndSession">Whether the conversation is over (a statement) or waits for an answer (a question).</param>
/// <param name="Audio">The reply as a WAV file; null when text to speech is unavailable, so the text still gets through.</param>
public sealed record VoiceOutcome(
    string SessionId,
    string Transcript,
    double? Confidence,
    string? Intent,
    string Ssml,
    string Text,
    string? Reprompt,
    bool EndSession,
    byte[]? Audio)
{
    /// <summary>The type of <see cref="Audio"/> (sent as base64 in JSON), or null when there is none.</summary>
    public string? AudioContentType => Audio is null ? null : "audio/wav";
}
