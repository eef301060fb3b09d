using SQLitePCL;

namespace VoiceShop.Commerce.Stores.Sqlite;

/// <summary>
/// Process-wide SQLite settings, applied once before the first connection opens (SQLite ignores them after
/// it has initialised itself). Under concurrent reads the library's own locks, not the queries, were the cost:
/// memory statistics take one global mutex on every allocation, and serialized mode takes a mutex per
/// connection and statement call although our connections are only ever used by one operation at a time.
/// </summary>
internal static class SqliteLibrary
{
    /// <summary>Called once, from the store's static constructor.</summary>
    public static void Configure()
    {
        Batteries_V2.Init();
        // Either call fails harmlessly (SQLITE_MISUSE) when another component opened SQLite first in this
        // process; the store is correct either way, only slower.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        HeapTrimThreshold.Raise();
    }
}
