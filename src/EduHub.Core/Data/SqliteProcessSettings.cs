using SQLitePCL;

namespace EduHub.Core.Data;

/// <summary>Process-wide SQLite settings, applied by each SQLite <see cref="Database"/> before its first connection (every open goes through one).</summary>
internal static class SqliteProcessSettings
{
    /// <summary>
    /// Turns off SQLite's memory statistics. With them on (the library's default), every allocation SQLite makes
    /// takes one process-wide mutex, so concurrent reads on separate connections queue on it: under 32 concurrent
    /// GraphQL list queries it cost about 12 futex calls per request (0.7 without) and was the host's most
    /// contended lock. Nothing in EduHub reads those statistics.
    /// </summary>
    /// <returns>False when SQLite was already in use in this process, so the setting could not be changed.</returns>
    public static bool Apply()
    {
        Batteries_V2.Init();

        // Accepted only before SQLite initializes itself (at the first open); afterwards it answers SQLITE_MISUSE
        // and changes nothing, which is harmless: statistics stay on.
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
