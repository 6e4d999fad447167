namespace EduHub.Core.Data;

/// <summary>Configuration section <c>EduHub:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite defaults to <c>eduhub.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
