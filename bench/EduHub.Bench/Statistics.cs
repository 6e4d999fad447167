using Dapper;
using EduHub.Core.Data;

namespace EduHub.Bench;

/// <summary>
/// <c>ANALYZE</c>: gives the query planner row statistics. The engine never runs it; without them SQLite picks the
/// (ContentType, ContentPart, ContentField, Value) index for the per-row EXISTS lookups instead of the DocumentId one.
/// </summary>
internal static class Statistics
{
    public static async Task<TimeSpan> AnalyzeAsync(Database database, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text, cancellationToken: cancellationToken));
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Pooled connections keep the schema (and statistics) they loaded when they opened.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        return watch.Elapsed;
    }
}
