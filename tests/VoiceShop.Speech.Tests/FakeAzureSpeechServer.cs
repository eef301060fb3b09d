using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Tests;

/// <summary>
/// Azure AI Speech as the REST documentation describes it, on a real Kestrel bound to 127.0.0.1: it enforces
/// the key, content types, output format and User-Agent; answers 400 to SSML that is not well-formed or lacks
/// version, xmlns, xml:lang or a voice; and answers 400 to audio that is not 16 kHz mono PCM WAV. Tests can
/// queue failures (429, 503) to observe retries.
/// </summary>
public sealed class FakeAzureSpeechServer : IAsyncDisposable
{
    public const string Key = "test-key-0123456789";
    private static readonly string[] OutputFormats = ["riff-16khz-16bit-mono-pcm", "riff-24khz-16bit-mono-pcm", "riff-22050hz-16bit-mono-pcm", "riff-8khz-16bit-mono-pcm"];
    private readonly WebApplication _app;

    private FakeAzureSpeechServer(WebApplication app) => _app = app;

    /// <summary>Statuses to answer, in order, before answering normally.</summary>
    public ConcurrentQueue<int> Failures { get; } = new();

    /// <summary>Every request that reached the fake: path and status answered.</summary>
    public ConcurrentQueue<(string Path, int Status)> Requests { get; } = new();

    /// <summary>What the recogniser "hears".</summary>
    public string Transcript { get; set; } = "Where is my order?";

    /// <summary>The confidence the recogniser gives <see cref="Transcript"/>.</summary>
    public double Confidence { get; set; } = 0.93;

    /// <summary>The last SSML document accepted.</summary>
    public string? LastSsml { get; private set; }

    /// <summary>The last audio accepted.</summary>
    public WavAudio? LastAudio { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeAzureSpeechServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureSpeechServer(app);
        app.MapPost("/cognitiveservices/v1", fake.SynthesizeAsync);
        app.MapPost("/speech/recognition/conversation/cognitiveservices/v1", fake.RecognizeAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    private async Task SynthesizeAsync(HttpContext context)
    {
        var request = context.Request;
        var status = Authorize(request)
            ?? (request.ContentType?.Split(';')[0].Trim() != "application/ssml+xml" ? 415 : (int?)null)
            ?? (!OutputFormats.Contains(request.Headers["X-Microsoft-OutputFormat"].ToString()) ? 400 : (int?)null)
            ?? (request.Headers.UserAgent.ToString() is { Length: 0 or >= 255 } ? 400 : (int?)null)
            ?? NextFailure();
        string ssml;
        using (var reader = new StreamReader(request.Body))
        {
            ssml = await reader.ReadToEndAsync();
        }

        status ??= ValidSsml(ssml) ? 200 : 400;
        Requests.Enqueue((request.Path, status.Value));
        context.Response.StatusCode = status.Value;
        if (status != 200)
        {
            return;
        }

        LastSsml = ssml;
        var rate = int.Parse(request.Headers["X-Microsoft-OutputFormat"].ToString().Split('-')[1].Replace("khz", "000").Replace("hz", ""), System.Globalization.CultureInfo.InvariantCulture);
        var words = XDocument.Parse(ssml).Root!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        context.Response.ContentType = "audio/x-wav";
        await context.Response.Body.WriteAsync(Tone(rate, TimeSpan.FromMilliseconds(300 * Math.Max(words, 1))));
    }

    private async Task RecognizeAsync(HttpContext context)
    {
        var request = context.Request;
        var contentType = request.ContentType ?? "";
        var status = Authorize(request)
            ?? (string.IsNullOrEmpty(request.Query["language"]) ? 400 : (int?)null)
            ?? (!contentType.StartsWith("audio/wav", StringComparison.Ordinal) || !contentType.Contains("samplerate=16000", StringComparison.Ordinal) ? 400 : (int?)null)
            ?? NextFailure();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        WavAudio? audio = null;
        if (status is null && (!WavAudio.TryParse(body.ToArray(), out audio, out _) || audio.SampleRate != 16_000 || audio.Channels != 1 || audio.Duration > TimeSpan.FromSeconds(60)))
        {
            status = 400;
        }

        Requests.Enqueue((request.Path, status ?? 200));
        if (status is not null)
        {
            context.Response.StatusCode = status.Value;
            return;
        }

        LastAudio = audio;
        var detailed = request.Query["format"] == "detailed";
        var silent = audio!.IsSilent();
        var offset = "1800000";
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("RecognitionStatus", silent ? "InitialSilenceTimeout" : "Success");
            writer.WriteString("Offset", offset); // The docs show ticks both as strings and as numbers.
            writer.WriteNumber("Duration", audio.Duration.Ticks);
            if (!silent && !detailed)
            {
                writer.WriteString("DisplayText", Transcript);
            }

            if (!silent && detailed)
            {
                writer.WriteStartArray("NBest");
                writer.WriteStartObject();
                writer.WriteNumber("Confidence", Confidence);
                writer.WriteString("Lexical", Transcript.ToLowerInvariant().TrimEnd('?', '.'));
                writer.WriteString("ITN", Transcript.ToLowerInvariant().TrimEnd('?', '.'));
                writer.WriteString("MaskedITN", Transcript.ToLowerInvariant().TrimEnd('?', '.'));
                writer.WriteString("Display", Transcript);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(json.ToArray());
    }

    private static int? Authorize(HttpRequest request) =>
        request.Headers["Ocp-Apim-Subscription-Key"].ToString() switch
        {
            "" => request.Headers.Authorization.Count == 0 ? 401 : null,
            Key => null,
            _ => 401,
        };

    private int? NextFailure() => Failures.TryDequeue(out var failure) ? failure : null;

    /// <summary>What the real service requires of a document: well-formed, speak with version, xmlns and xml:lang, and a voice.</summary>
    private static bool ValidSsml(string ssml)
    {
        try
        {
            var root = XDocument.Parse(ssml).Root!;
            XNamespace synthesis = "http://www.w3.org/2001/10/synthesis";
            return root.Name == synthesis + "speak"
                && root.Attribute("version")?.Value == "1.0"
                && root.Attribute(XNamespace.Xml + "lang") is not null
                && root.Elements(synthesis + "voice").Any(v => !string.IsNullOrEmpty(v.Attribute("name")?.Value));
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static byte[] Tone(int rate, TimeSpan length)
    {
        var samples = new byte[(int)(rate * length.TotalSeconds) * 2];
        for (var i = 0; i < samples.Length / 2; i++)
        {
            var value = (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / rate));
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(samples.AsSpan(i * 2), value);
        }

        return new WavAudio(rate, 1, samples).ToFile();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
