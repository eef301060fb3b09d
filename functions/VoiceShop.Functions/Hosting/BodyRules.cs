using Microsoft.AspNetCore.Http.Features;
using VoiceShop.Functions.Functions;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// The one endpoint filter that admits a request body: it checks the content type (415 otherwise), reads the
/// body exactly as sent (signatures are computed over these bytes) within the endpoint's limit, and hands it
/// to the function as <see cref="AdmittedBody"/>. A function then starts at its own business.
/// </summary>
public static class BodyRules
{
    private const string ItemKey = "voiceshop.body";

    /// <summary>
    /// A JSON body (or one with no content type, which some simulators send) of at most the host's 128 KiB;
    /// <paramref name="wrongType"/> is the 415's detail, and <paramref name="tooLargeStatus"/> the status of a body
    /// over the limit (400 for the platform webhooks, 413 where a client can act on it).
    /// </summary>
    public static RouteHandlerBuilder AcceptsJsonBody(this RouteHandlerBuilder endpoint, string wrongType, int tooLargeStatus = StatusCodes.Status400BadRequest) =>
        endpoint.AddEndpointFilter(new BodyFilter(
            RequestBody.IsJson,
            wrongType,
            HostingExtensions.MaxBodyBytes,
            tooLargeStatus,
            $"The request body is larger than {HostingExtensions.MaxBodyBytes / 1024} KiB.",
            AcceptsForm: false));

    /// <summary>
    /// A recording, as the raw body (<c>audio/*</c>, <c>application/octet-stream</c> or no content type) or as
    /// the <c>audio</c> file of <c>multipart/form-data</c> (whose other fields come with it), of at most
    /// <paramref name="limit"/> bytes; over the limit is a 413.
    /// </summary>
    public static RouteHandlerBuilder AcceptsAudioBody(this RouteHandlerBuilder endpoint, string wrongType, int limit) =>
        endpoint.AddEndpointFilter(new BodyFilter(
            IsAudio,
            wrongType,
            limit,
            StatusCodes.Status413PayloadTooLarge,
            $"The audio is larger than {limit / (1024 * 1024)} MiB.",
            AcceptsForm: true));

    private static bool IsAudio(HttpRequest request) =>
        string.IsNullOrEmpty(request.ContentType)
        || request.ContentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
        || request.ContentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase);

    private sealed record BodyFilter(Func<HttpRequest, bool> Accepts, string WrongType, int Limit, int TooLargeStatus, string TooLarge, bool AcceptsForm)
        : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var cancellationToken = http.RequestAborted;
            if (Limit > HostingExtensions.MaxBodyBytes && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = Limit;
            }

            ReceivedBody? body;
            if (AcceptsForm && request.HasFormContentType)
            {
                body = await ReadFormAsync(request, cancellationToken);
            }
            else if (Accepts(request))
            {
                body = await RequestBody.ReadAsync(request, Limit, cancellationToken) is { } bytes ? new ReceivedBody(bytes, ReceivedBody.NoFields) : null;
            }
            else
            {
                return Problems.BadRequest(WrongType, StatusCodes.Status415UnsupportedMediaType);
            }

            if (body is null)
            {
                return Problems.BadRequest(TooLarge, TooLargeStatus);
            }

            http.Items[ItemKey] = body;
            return await next(context);
        }

        private async Task<ReceivedBody?> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = Limit, ValueCountLimit = 16 }, cancellationToken);
            }
            catch (InvalidDataException)
            {
                return null;
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in form)
            {
                fields[name] = value.ToString();
            }

            var file = form.Files.GetFile("audio") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                return new ReceivedBody(ReadOnlyMemory<byte>.Empty, fields);
            }

            using var stream = new MemoryStream((int)Math.Min(file.Length, Limit));
            await file.CopyToAsync(stream, cancellationToken);
            return new ReceivedBody(stream.ToArray(), fields);
        }
    }

    /// <summary>The body <see cref="BodyRules"/> admitted for this request.</summary>
    public static ReceivedBody AdmittedBody(this HttpRequest request) =>
        request.HttpContext.Items[ItemKey] as ReceivedBody
            ?? throw new InvalidOperationException("This endpoint reads its body without a body rule (AcceptsJsonBody or AcceptsAudioBody).");
}

/// <summary>A request body as admitted: the bytes, and the other fields when it came as a form.</summary>
public sealed record ReceivedBody(ReadOnlyMemory<byte> Bytes, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The fields of a body that was not a form.</summary>
    public static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();
}
