namespace VoiceShop.Speech.Synthesis;

/// <summary>
/// Text to speech: an SSML document in, a WAV file out. Each engine reads its own SSML dialect, so callers
/// render the speech tree with <see cref="Dialect"/> rather than guessing what the engine accepts.
/// </summary>
public interface ISpeechSynthesizer
{
    /// <summary>The SSML dialect this engine reads.</summary>
    Ssml.SsmlDialect Dialect { get; }

    /// <summary>The audio of <paramref name="ssml"/> as a complete 16-bit PCM WAV file.</summary>
    /// <exception cref="SpeechEngineException">The engine is unavailable or refused the document (<see cref="SpeechEngineException.StatusCode"/> 400).</exception>
    Task<byte[]> SynthesizeAsync(string ssml, CancellationToken cancellationToken);
}
