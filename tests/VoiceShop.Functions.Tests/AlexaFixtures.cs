namespace VoiceShop.Functions.Tests;

/// <summary>
/// The public Alexa request samples kept in the shared fixtures folder beside the repository
/// (<c>../shared/fixtures/alexa</c>), found by walking up from the test binaries to the solution.
/// </summary>
public static class AlexaFixtures
{
    public static string Directory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "VoiceShop.sln")))
                {
                    var fixtures = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "fixtures", "alexa"));
                    return System.IO.Directory.Exists(fixtures)
                        ? fixtures
                        : throw new DirectoryNotFoundException($"The shared Alexa fixtures are expected at {fixtures}.");
                }
            }

            throw new DirectoryNotFoundException("VoiceShop.sln not found above the test binaries.");
        }
    }

    /// <summary>Every sample request, as the exact bytes published.</summary>
    public static IReadOnlyList<(string Name, byte[] Body)> All() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
}
