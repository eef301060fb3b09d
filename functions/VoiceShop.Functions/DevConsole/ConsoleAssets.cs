using System.Collections.Frozen;

namespace VoiceShop.Functions.DevConsole;

/// <summary>
/// The console's page, style sheet and script, embedded in the host assembly: nothing to build, no CDN,
/// and only these names can be served.
/// </summary>
public static class ConsoleAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["console.css"] = "text/css; charset=utf-8",
        ["console.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The asset's bytes and content type, or null for a name that is not a console asset.</summary>
    public static (byte[] Content, string ContentType)? Find(string name)
    {
        if (!ContentTypes.TryGetValue(name, out var contentType))
        {
            return null;
        }

        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("console/" + name);
        if (stream is null)
        {
            return null;
        }

        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return (memory.ToArray(), contentType);
    }
}
