using Dapper;

namespace EduHub.Core.Data;

/// <summary>
/// Writes, inside the change's own transaction, the audit row (who, when, what, from which version to
/// which) and the indexing task that search nodes replay; a crash after commit therefore loses nothing.
/// </summary>
public sealed class ContentChangeLog(TimeProvider clock)
{
    public async Task RecordAsync(DbSession session, ContentChange change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO AuditLog (Utc, UserName, Action, ContentItemId, ContentType, FromVersionId, ToVersionId, Details)
            VALUES (@now, @UserName, @Action, @ContentItemId, @ContentType, @FromVersionId, @ToVersionId, @Details)
            """,
            new { now, change.UserName, Action = change.Action.ToString(), change.ContentItemId, change.ContentType, change.FromVersionId, change.ToVersionId, change.Details },
            session.Transaction, cancellationToken: cancellationToken));
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO IndexingTasks (ContentItemId, ContentType, Kind, CreatedUtc) VALUES (@ContentItemId, @ContentType, @kind, @now)",
            new { change.ContentItemId, change.ContentType, kind = change.Action == ContentAction.Removed ? "Delete" : "Update", now },
            session.Transaction, cancellationToken: cancellationToken));

        // Cached list totals on every node are valid only under the generation they were counted at (ContentCountCache).
        await CacheGenerations.BumpAsync(session, CacheGenerations.Content, cancellationToken);
    }
}
