namespace VoiceShop.Functions.Tests;

/// <summary>
/// The request fixtures of one platform (<c>alexa</c> or <c>dialogflow</c>): our own, under
/// <c>tests/fixtures/&lt;platform&gt;</c>, always; and, when <see cref="ExtraVariable"/> names a folder, every
/// <c>*.json</c> in its <c>&lt;platform&gt;</c> subfolder as well (the public samples CI keeps beside the
/// repository). Extra files are named <c>extra/&lt;file&gt;</c> so the two corpora never collide; a clone
/// without the extra folder simply runs its own fixtures.
/// </summary>
public static class FixtureCorpus
{
    /// <summary>The environment variable naming the extra corpus folder (relative paths are from the repository root).</summary>
    public const string ExtraVariable = "VOICESHOP_EXTRA_FIXTURES";

    private const string ExtraPrefix = "extra/";

    /// <summary>Our own fixtures of <paramref name="platform"/>, in the repository.</summary>
    public static string OwnDirectory(string platform) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", platform);

    /// <summary>
    /// The extra corpus of <paramref name="platform"/>, or null when <see cref="ExtraVariable"/> is unset. A set
    /// variable that names no such folder is a broken environment, and says so rather than running less.
    /// </summary>
    public static string? ExtraDirectory(string platform)
    {
        var root = Environment.GetEnvironmentVariable(ExtraVariable);
        if (string.IsNullOrWhiteSpace(root))
        {
            return null;
        }

        var directory = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, root, platform));
        return Directory.Exists(directory)
            ? directory
            : throw new DirectoryNotFoundException($"{ExtraVariable}={root}, but {directory} does not exist.");
    }

    /// <summary>Every fixture of <paramref name="platform"/>: ours by file name, then the extra ones as <c>extra/&lt;file&gt;</c>.</summary>
    public static IReadOnlyList<string> Names(string platform)
    {
        var names = JsonFiles(OwnDirectory(platform)).ToList();
        if (ExtraDirectory(platform) is { } extra)
        {
            names.AddRange(JsonFiles(extra).Select(file => ExtraPrefix + file));
        }

        return names;
    }

    /// <summary>The file behind a name from <see cref="Names"/>.</summary>
    public static string PathOf(string platform, string name) =>
        name.StartsWith(ExtraPrefix, StringComparison.Ordinal)
            ? Path.Combine(ExtraDirectory(platform) ?? throw new InvalidOperationException($"{name} needs {ExtraVariable}."), name[ExtraPrefix.Length..])
            : Path.Combine(OwnDirectory(platform), name);

    /// <summary>Whether a name from <see cref="Names"/> is one of our own fixtures.</summary>
    public static bool IsOwn(string name) => !name.StartsWith(ExtraPrefix, StringComparison.Ordinal);

    /// <summary>The file name without the corpus prefix.</summary>
    public static string FileName(string name) => Path.GetFileName(name);

    private static IEnumerable<string> JsonFiles(string directory) =>
        Directory.GetFiles(directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
