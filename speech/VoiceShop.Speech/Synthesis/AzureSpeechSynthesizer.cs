using System.Net;
using System.Net.Http.Headers;
using System.Text;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Synthesis;

/// <summary>
/// Azure AI Speech text to speech over REST: POST SSML to <c>/cognitiveservices/v1</c> with the key, the SSML
/// content type, the output format and a User-Agent (all four required). Retries on 429 and 5xx come from the
/// HttpClient's resilience pipeline (see <see cref="SpeechServiceCollectionExtensions"/>), not from here.
/// </summary>
public sealed class AzureSpeechSynthesizer(IHttpClientFactory clients, AzureSpeechOptions options) : ISpeechSynthesizer
{
    public SsmlDialect Dialect => SsmlDialect.Azure.WithVoice(string.IsNullOrWhiteSpace(options.Voice) ? null : options.Voice);

    public async Task<byte[]> SynthesizeAsync(string ssml, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AzureSpeechEndpoints.Synthesis(options))
        {
            Content = new StringContent(ssml, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/ssml+xml");
        request.Headers.Add("Ocp-Apim-Subscription-Key", options.Key);
        request.Headers.Add("X-Microsoft-OutputFormat", options.OutputFormat);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);

        using var response = await AzureSpeechEndpoints.SendAsync(clients.CreateClient(SpeechServiceCollectionExtensions.AzureClientName), request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new SpeechEngineException($"Azure text to speech answered {(int)response.StatusCode}.", (int)response.StatusCode);
        }

        if (!WavAudio.TryParse(body, out _, out var problem))
        {
            throw new SpeechEngineException($"Azure text to speech returned audio that is not WAV: {problem}");
        }

        return body;
    }
}
