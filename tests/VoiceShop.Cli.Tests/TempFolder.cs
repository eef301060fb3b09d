using Microsoft.Data.Sqlite;

namespace VoiceShop.Cli.Tests;

/// <summary>A temp folder per test, holding real files (catalogs, a SQLite database), removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("voiceshop-cli-").FullName;

    public string ConnectionString => $"Data Source={File("store.db")}";

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
