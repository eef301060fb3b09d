namespace VoiceShop.Speech;

/// <summary>
/// The <c>Speech</c> configuration section: which engines speak and listen, and their settings. By default
/// the local engines (espeak-ng, pocketsphinx) are used, and Azure AI Speech once a region and key are set.
/// </summary>
public sealed class SpeechOptions
{
    /// <summary><c>Auto</c> (Azure when configured, else local), <c>Azure</c> or <c>Espeak</c>.</summary>
    public string Synthesizer { get; set; } = "Auto";

    /// <summary><c>Auto</c> (Azure when configured, else local), <c>Azure</c> or <c>Pocketsphinx</c>.</summary>
    public string Recognizer { get; set; } = "Auto";

    public AzureSpeechOptions Azure { get; set; } = new();

    public EspeakOptions Espeak { get; set; } = new();

    public PocketsphinxOptions Pocketsphinx { get; set; } = new();

    /// <summary>Whether <paramref name="choice"/> resolves to Azure.</summary>
    public bool UsesAzure(string choice) =>
        string.Equals(choice, "Azure", StringComparison.OrdinalIgnoreCase)
        || (string.Equals(choice, "Auto", StringComparison.OrdinalIgnoreCase) && Azure.IsConfigured);
}

/// <summary><c>Speech:Azure</c>: an Azure AI Speech resource.</summary>
public sealed class AzureSpeechOptions
{
    /// <summary>The resource's region, such as <c>westeurope</c>; it names the service hosts.</summary>
    public string? Region { get; set; }

    /// <summary>The resource key, sent as <c>Ocp-Apim-Subscription-Key</c>. Kept in secrets, never in files.</summary>
    public string? Key { get; set; }

    /// <summary>Overrides <c>https://{region}.tts.speech.microsoft.com</c> (a private endpoint, or a local fake in tests).</summary>
    public string? SynthesisBaseUrl { get; set; }

    /// <summary>Overrides <c>https://{region}.stt.speech.microsoft.com</c>.</summary>
    public string? RecognitionBaseUrl { get; set; }

    /// <summary>The neural voice; empty picks the locale's default (en-US-AvaNeural, en-GB-SoniaNeural).</summary>
    public string? Voice { get; set; }

    /// <summary>The audio format asked for: 16 kHz mono WAV, the same as the voice channel takes in.</summary>
    public string OutputFormat { get; set; } = "riff-16khz-16bit-mono-pcm";

    /// <summary>Sent as User-Agent, which the service requires.</summary>
    public string UserAgent { get; set; } = "VoiceShop";

    /// <summary>Retries after a 429, a 5xx or a network failure, with exponential back-off and jitter.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off; a Retry-After header from the service wins.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The limit on one attempt; voice platforms give the whole turn a few seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Key) && (!string.IsNullOrWhiteSpace(Region) || !string.IsNullOrWhiteSpace(SynthesisBaseUrl));
}

/// <summary><c>Speech:Espeak</c>: the embedded text-to-speech program.</summary>
public sealed class EspeakOptions
{
    /// <summary>The program, looked up on PATH (Debian package <c>espeak-ng</c>).</summary>
    public string Executable { get; set; } = "espeak-ng";

    /// <summary>Words per minute; espeak-ng's default of 175 is brisk for a shopper in a car.</summary>
    public int WordsPerMinute { get; set; } = 160;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary><c>Speech:Pocketsphinx</c>: the offline command recogniser.</summary>
public sealed class PocketsphinxOptions
{
    /// <summary>The program (Debian packages <c>pocketsphinx</c> and <c>pocketsphinx-en-us</c>).</summary>
    public string Executable { get; set; } = "pocketsphinx_continuous";

    /// <summary>The pronunciation dictionary the grammar's words are looked up in (<c>Speech:Pocketsphinx:Dictionary</c>).</summary>
    public string Dictionary { get; set; } = Recognition.PronunciationDictionary.DebianPath;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
