namespace VoiceShop.Intents.Tests.Understanding;

/// <summary>A folder of its own for one test, removed with everything in it (SQLite's pooled handles first).</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("voiceshop-semantic-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
