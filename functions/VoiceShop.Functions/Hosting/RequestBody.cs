using System.Buffers;

namespace VoiceShop.Functions.Hosting;

/// <summary>
/// Reads a request body into memory, exactly as sent (signatures are computed over these bytes), and
/// refuses bodies over the limit without reading them whole.
/// </summary>
public static class RequestBody
{
    /// <summary>The body bytes, or null when the body is larger than <paramref name="limit"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await request.Body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    return buffer.WrittenMemory;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>Whether the content type is JSON (or absent, which some simulators send).</summary>
    public static bool IsJson(HttpRequest request) =>
        string.IsNullOrEmpty(request.ContentType)
        || request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || request.ContentType.Contains("+json", StringComparison.OrdinalIgnoreCase);
}
