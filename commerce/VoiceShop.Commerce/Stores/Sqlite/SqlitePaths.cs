using Microsoft.Data.Sqlite;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// Anchors a relative SQLite file to the content root (the application's folder unless configured), so the
/// shipped <c>Data Source=data/voiceshop.db</c> names one file however the host is started, instead of a new
/// empty store in whatever folder the process was launched from.
/// </summary>
public static class SqlitePaths
{
    /// <summary>The connection string with a relative <c>Data Source</c> made absolute under <paramref name="contentRoot"/>.</summary>
    public static string UnderContentRoot(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource)
            || dataSource == ":memory:"
            || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || Path.IsPathRooted(dataSource))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        return builder.ToString();
    }
}
