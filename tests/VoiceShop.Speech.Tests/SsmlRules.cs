using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace VoiceShop.Speech.Tests;

/// <summary>
/// Each platform's SSML rules, written out from the platform references (the specs' Alexa section 6, Google
/// section 7, Azure section 1c), independently of the renderer, so that tests check the renderer against the
/// platforms rather than against itself.
/// </summary>
public static partial class SsmlRules
{
    private static readonly Func<string, bool> AnyText = _ => true;
    private static readonly Func<string, bool> Https = value => value.StartsWith("https://", StringComparison.Ordinal);

    /// <summary>Per dialect: element → attribute → allowed value pattern.</summary>
    private static readonly Dictionary<string, Dictionary<string, Dictionary<string, Func<string, bool>>>> Allowed = new()
    {
        ["alexa"] = new()
        {
            ["speak"] = [],
            ["p"] = [],
            ["s"] = [],
            ["break"] = new() { ["time"] = BreakUpTo(10_000), ["strength"] = Matches("^(none|x-weak|weak|medium|strong|x-strong)$") },
            ["emphasis"] = new() { ["level"] = Matches("^(strong|moderate|reduced)$") },
            ["say-as"] = new() { ["interpret-as"] = Matches("^(characters|spell-out|cardinal|number|ordinal|digits|fraction|unit|date|time|telephone|address|interjection|expletive)$") },
            ["sub"] = new() { ["alias"] = AnyText },
            ["audio"] = new() { ["src"] = Https },
        },
        ["google"] = new()
        {
            ["speak"] = [],
            ["p"] = [],
            ["s"] = [],
            ["break"] = new() { ["time"] = BreakUpTo(int.MaxValue), ["strength"] = Matches("^(none|x-weak|weak|medium|strong|x-strong)$") },
            ["emphasis"] = new() { ["level"] = Matches("^(strong|moderate|none|reduced)$") },
            ["say-as"] = new() { ["interpret-as"] = Matches("^(currency|telephone|verbatim|spell-out|date|characters|cardinal|ordinal|fraction|expletive|bleep|unit|time|duration)$") },
            ["sub"] = new() { ["alias"] = AnyText },
            ["audio"] = new() { ["src"] = Https },
        },
        ["azure"] = new()
        {
            ["speak"] = new() { ["version"] = Matches("^1\\.0$"), ["xmlns"] = Matches("^http://www\\.w3\\.org/2001/10/synthesis$"), ["{http://www.w3.org/XML/1998/namespace}lang"] = Matches("^[a-z]{2}-[A-Z]{2}$") },
            ["voice"] = new() { ["name"] = Matches("^[a-z]{2}-[A-Z]{2}-[A-Za-z0-9]+Neural$") },
            ["p"] = [],
            ["s"] = [],
            ["break"] = new() { ["time"] = BreakUpTo(5_000), ["strength"] = Matches("^(none|x-weak|weak|medium|strong|x-strong)$") },
            ["say-as"] = new() { ["interpret-as"] = Matches("^(address|cardinal|characters|date|digits|fraction|name|number|ordinal|spell-out|telephone|time|currency|duration)$") },
            ["sub"] = new() { ["alias"] = AnyText },
            ["audio"] = new() { ["src"] = Https },
        },
        ["espeak"] = new()
        {
            ["speak"] = new() { ["version"] = Matches("^1\\.0$"), ["xmlns"] = Matches("^http://www\\.w3\\.org/2001/10/synthesis$"), ["{http://www.w3.org/XML/1998/namespace}lang"] = Matches("^[a-z]{2}-[A-Z]{2}$") },
            ["voice"] = new() { ["name"] = AnyText },
            ["p"] = [],
            ["s"] = [],
            ["break"] = new() { ["time"] = BreakUpTo(int.MaxValue), ["strength"] = AnyText },
            ["emphasis"] = new() { ["level"] = Matches("^(strong|moderate|reduced|none)$") },
            ["say-as"] = new() { ["interpret-as"] = Matches("^(characters|tts:char|tts:key|tts:digits)$") },
            ["sub"] = new() { ["alias"] = AnyText },
        },
    };

    /// <summary>The most characters (Alexa) or UTF-8 bytes (Google) a document may have.</summary>
    public static int MaxLength(string dialect) => dialect switch
    {
        "alexa" => 8000,
        "google" => 5000,
        _ => int.MaxValue,
    };

    /// <summary>The most audio clips one document may play.</summary>
    public static int MaxAudio(string dialect) => dialect switch
    {
        "alexa" => 5,
        "azure" => 49,
        "espeak" => 0,
        _ => int.MaxValue,
    };

    /// <summary>Every rule the document breaks for <paramref name="dialect"/>; empty when it is valid there.</summary>
    public static List<string> Violations(string ssml, string dialect)
    {
        var problems = new List<string>();
        XDocument document;
        try
        {
            document = XDocument.Parse(ssml, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException ex)
        {
            return [$"not well-formed XML: {ex.Message}"];
        }

        var rules = Allowed[dialect];
        if (document.Root!.Name.LocalName != "speak")
        {
            problems.Add("root is not <speak>");
        }

        if (dialect is "azure" && document.Root.Elements().SingleOrDefault()?.Name.LocalName != "voice")
        {
            problems.Add("Azure speech must sit in exactly one <voice>");
        }

        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            if (!rules.TryGetValue(name, out var attributes))
            {
                problems.Add($"<{name}> is not accepted");
                continue;
            }

            foreach (var attribute in element.Attributes())
            {
                var key = attribute.IsNamespaceDeclaration ? "xmlns" : attribute.Name.Namespace == XNamespace.None ? attribute.Name.LocalName : attribute.Name.ToString();
                if (!attributes.TryGetValue(key, out var pattern))
                {
                    problems.Add($"<{name} {key}> is not accepted");
                }
                else if (!pattern(attribute.Value))
                {
                    problems.Add($"<{name} {key}=\"{attribute.Value}\"> has a value that is not accepted");
                }
            }

            if (name == "audio" && dialect == "alexa" && !element.IsEmpty)
            {
                problems.Add("Alexa <audio> must be empty");
            }
        }

        var length = dialect == "google" ? System.Text.Encoding.UTF8.GetByteCount(ssml) : ssml.Length;
        if (length > MaxLength(dialect))
        {
            problems.Add($"{length} is over the {MaxLength(dialect)} limit");
        }

        var clips = document.Descendants().Count(e => e.Name.LocalName == "audio");
        if (clips > MaxAudio(dialect))
        {
            problems.Add($"{clips} audio clips, over {MaxAudio(dialect)}");
        }

        return problems;
    }

    /// <summary>The words a listener hears (all text content).</summary>
    public static string SpokenText(string ssml) => XDocument.Parse(ssml).Root!.Value;

    private static Func<string, bool> Matches(string pattern)
    {
        var regex = new Regex(pattern);
        return regex.IsMatch;
    }

    /// <summary>"500ms" or "2s", no longer than <paramref name="maxMilliseconds"/>.</summary>
    private static Func<string, bool> BreakUpTo(int maxMilliseconds) => value =>
    {
        var match = BreakTime().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var milliseconds = long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (match.Groups[2].Value == "s" ? 1000 : 1);
        return milliseconds <= maxMilliseconds;
    };

    [GeneratedRegex("^(\\d+)(ms|s)$")]
    private static partial Regex BreakTime();
}
