namespace VoiceShop.Functions.Tests;

/// <summary>
/// The Alexa request fixtures (<see cref="FixtureCorpus"/>): ours in <c>tests/fixtures/alexa</c>, plus the
/// extra public samples when <c>VOICESHOP_EXTRA_FIXTURES</c> is set. Bodies are the exact bytes on disk
/// (some start with a UTF-8 byte order mark on purpose).
/// </summary>
public static class AlexaFixtures
{
    public const string Platform = "alexa";

    /// <summary>Every fixture name, for theory data.</summary>
    public static IReadOnlyList<string> Names() => FixtureCorpus.Names(Platform);

    /// <summary>The exact bytes of one fixture.</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(FixtureCorpus.PathOf(Platform, name));

    /// <summary>Every fixture with its bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Body)> All() => Names().Select(name => (name, Read(name))).ToList();
}
