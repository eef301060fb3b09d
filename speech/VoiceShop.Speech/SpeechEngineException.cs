namespace VoiceShop.Speech;

/// <summary>
/// A speech engine (local program or cloud service) could not do its work: not installed, timed out, refused
/// the input, or kept failing after retries. Callers answer with a clear error instead of a crash.
/// </summary>
public sealed class SpeechEngineException : Exception
{
    public SpeechEngineException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public SpeechEngineException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The HTTP status a cloud engine answered with, when it answered; 400 means the input was refused.</summary>
    public int? StatusCode { get; }
}
