using System.Net;
using System.Text.Json;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// Azure AI Speech short-audio recognition over REST: 16 kHz mono PCM WAV (converted here when the caller's
/// audio differs), detailed format so the best candidate's confidence is known. Retries on 429 and 5xx come
/// from the HttpClient's resilience pipeline.
/// </summary>
public sealed class AzureSpeechRecognizer(IHttpClientFactory clients, AzureSpeechOptions options) : ISpeechRecognizer
{
    public async Task<Transcript> RecognizeAsync(WavAudio audio, string locale, CancellationToken cancellationToken)
    {
        var file = audio.ToRecognitionFormat().ToFile();
        using var request = new HttpRequestMessage(HttpMethod.Post, AzureSpeechEndpoints.Recognition(options, locale))
        {
            Content = new ByteArrayContent(file),
        };
        // The codecs parameter holds a slash, which the typed header parser refuses; the service expects it as is.
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "audio/wav; codecs=audio/pcm; samplerate=16000");
        request.Headers.Add("Ocp-Apim-Subscription-Key", options.Key);
        request.Headers.Add("Accept", "application/json");
        request.Headers.UserAgent.ParseAdd(options.UserAgent);

        using var response = await AzureSpeechEndpoints.SendAsync(clients.CreateClient(SpeechServiceCollectionExtensions.AzureClientName), request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new SpeechEngineException($"Azure speech to text answered {(int)response.StatusCode}.", (int)response.StatusCode);
        }

        AzureRecognitionResult? result;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            result = await JsonSerializer.DeserializeAsync(body, AzureRecognitionJsonContext.Default.AzureRecognitionResult, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new SpeechEngineException("Azure speech to text answered with JSON that could not be read.", ex);
        }

        return ToTranscript(result);
    }

    private static Transcript ToTranscript(AzureRecognitionResult? result)
    {
        switch (result?.RecognitionStatus)
        {
            case "Success":
                var best = result.NBest?.OrderByDescending(c => c.Confidence ?? 0).FirstOrDefault();
                var text = best?.Display ?? result.DisplayText ?? "";
                return string.IsNullOrWhiteSpace(text) ? Transcript.NoMatch : new Transcript(RecognitionOutcome.Recognized, text, best?.Confidence);
            case "InitialSilenceTimeout":
                return Transcript.NoSpeech;
            case "NoMatch" or "BabbleTimeout":
                return Transcript.NoMatch;
            default:
                throw new SpeechEngineException($"Azure speech to text reported {result?.RecognitionStatus ?? "nothing"}.");
        }
    }
}
