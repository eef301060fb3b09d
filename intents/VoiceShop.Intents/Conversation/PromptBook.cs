using System.Collections.Frozen;
using System.Text.Json;
using VoiceShop.Speech;

namespace VoiceShop.Intents.Conversation;

/// <summary>
/// The words VoiceShop says, loaded from one resource file per locale (<c>Prompts/en-US.json</c>), so that
/// phrasing is edited and translated without touching handlers. A prompt may have variants: <c>.brief</c> for
/// drivers, <c>.alexa</c> (any platform name) where a platform needs its own words.
/// </summary>
public sealed class PromptBook
{
    private const string FallbackLocale = "en-US";
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLocale;

    private PromptBook(FrozenDictionary<string, FrozenDictionary<string, string>> byLocale) => _byLocale = byLocale;

    /// <summary>Every locale shipped in the assembly.</summary>
    public static PromptBook Load()
    {
        var assembly = typeof(PromptBook).Assembly;
        const string prefix = "VoiceShop.Intents.Prompts.";
        var locales = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
            var prompts = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
            locales[resource[prefix.Length..^".json".Length]] = prompts.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new PromptBook(locales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The locales with a prompt file.</summary>
    public IEnumerable<string> Locales => _byLocale.Keys;

    /// <summary>The prompt <paramref name="key"/> in the best variant for the turn, filled with <paramref name="values"/>.</summary>
    public SpeechNode Say(Turn turn, string key, IReadOnlyDictionary<string, SpeechNode>? values = null) =>
        Template.Fill(Text(turn.Locale, key, turn.Platform, turn.Device.Brief), values);

    /// <summary>The raw text of a prompt: brief variant first (when brief), then platform variant, then the plain key; locale falls back to en-US.</summary>
    public string Text(string locale, string key, string platform, bool brief)
    {
        foreach (var prompts in PromptSets(locale))
        {
            if (brief && prompts.TryGetValue(key + ".brief", out var briefText))
            {
                return briefText;
            }

            if (prompts.TryGetValue(key + "." + platform, out var platformText))
            {
                return platformText;
            }

            if (prompts.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        throw new KeyNotFoundException($"No prompt \"{key}\" for {locale}.");
    }

    private IEnumerable<FrozenDictionary<string, string>> PromptSets(string locale)
    {
        if (_byLocale.TryGetValue(locale, out var own))
        {
            yield return own;
        }

        if (!string.Equals(locale, FallbackLocale, StringComparison.OrdinalIgnoreCase) && _byLocale.TryGetValue(FallbackLocale, out var fallback))
        {
            yield return fallback;
        }
    }
}
