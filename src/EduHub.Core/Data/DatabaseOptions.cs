namespace EduHub.Core.Data;

/// <summary>Configuration section <c>EduHub:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite defaults to <c>eduhub.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How many parsed version documents each node keeps in memory (stored documents never change, so they need no
    /// invalidation). About 2–4 KB each; 0 turns the cache off.
    /// </summary>
    public int DocumentCacheEntries { get; set; } = 20_000;

    /// <summary>
    /// How many list totals (distinct count statements with their values) each node keeps; a total is used only while
    /// no content changed since it was counted. 0 turns the cache off (every total is counted).
    /// </summary>
    public int CountCacheEntries { get; set; } = 5_000;
}
