using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Recognition;

/// <summary>Speech to text for the voice channel: a short utterance (at most 60 s) in, what was said out.</summary>
public interface ISpeechRecognizer
{
    /// <summary>What <paramref name="audio"/> says, in <paramref name="locale"/> (such as en-US).</summary>
    /// <exception cref="SpeechEngineException">The engine is unavailable or refused the audio.</exception>
    Task<Transcript> RecognizeAsync(WavAudio audio, string locale, CancellationToken cancellationToken);
}

/// <summary>What a recogniser heard.</summary>
/// <param name="Outcome">Whether words were recognised.</param>
/// <param name="Text">The words, as displayed ("Where is my order?"); empty unless recognised.</param>
/// <param name="Confidence">The engine's confidence in [0, 1], when it gives one (pocketsphinx does not).</param>
public sealed record Transcript(RecognitionOutcome Outcome, string Text, double? Confidence = null)
{
    public static Transcript NoSpeech { get; } = new(RecognitionOutcome.NoSpeech, "");

    public static Transcript NoMatch { get; } = new(RecognitionOutcome.NoMatch, "");

    public bool Recognized => Outcome == RecognitionOutcome.Recognized;
}

/// <summary>How recognition ended (Azure's RecognitionStatus, in our words).</summary>
public enum RecognitionOutcome
{
    Recognized,

    /// <summary>Only silence (Azure InitialSilenceTimeout).</summary>
    NoSpeech,

    /// <summary>Sound, but no words recognised (Azure NoMatch or BabbleTimeout).</summary>
    NoMatch,
}
