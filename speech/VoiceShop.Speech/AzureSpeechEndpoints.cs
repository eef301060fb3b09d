namespace VoiceShop.Speech;

/// <summary>The Azure AI Speech REST addresses for a region (or the configured base URLs), and one send path.</summary>
internal static class AzureSpeechEndpoints
{
    public static Uri Synthesis(AzureSpeechOptions options) =>
        new(Base(options.SynthesisBaseUrl, options.Region, "tts") + "/cognitiveservices/v1");

    public static Uri Recognition(AzureSpeechOptions options, string language) =>
        new(Base(options.RecognitionBaseUrl, options.Region, "stt")
            + "/speech/recognition/conversation/cognitiveservices/v1?language=" + Uri.EscapeDataString(language) + "&format=detailed");

    /// <summary>Sends, turning network failures and timeouts (after the pipeline's retries) into <see cref="SpeechEngineException"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SpeechEngineException("Azure AI Speech could not be reached.", ex);
        }
        catch (Exception ex) when (ex is TimeoutException or Polly.Timeout.TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SpeechEngineException("Azure AI Speech did not answer in time.", ex);
        }
    }

    private static string Base(string? configured, string? region, string service)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        if (string.IsNullOrWhiteSpace(region) || !region.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            throw new SpeechEngineException("Speech:Azure:Region is not set to a region name such as westeurope.");
        }

        return $"https://{region}.{service}.speech.microsoft.com";
    }
}
