using Dapper;

namespace EduHub.Core.Data;

/// <summary>
/// The log of content changes (written in the same transaction as each change), read by every node after
/// its own cursor: caches and search indexes on other nodes learn what changed without any messaging.
/// </summary>
public sealed class ContentChangeFeed(Database database)
{
    public async Task<IReadOnlyList<ContentChangeEntry>> ReadAfterAsync(long afterId, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string ContentItemId, string ContentType, string Kind)>(new CommandDefinition(
            "SELECT Id, ContentItemId, ContentType, Kind FROM IndexingTasks WHERE Id > @afterId ORDER BY Id LIMIT @max",
            new { afterId, max }, cancellationToken: cancellationToken));
        return rows.Select(r => new ContentChangeEntry(r.Id, r.ContentItemId, r.ContentType, r.Kind)).ToList();
    }

    /// <summary>The newest entry's id (0 when empty): where a node that starts now begins reading.</summary>
    public async Task<long> LatestIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT MAX(Id) FROM IndexingTasks", cancellationToken: cancellationToken)) ?? 0;
    }
}
