using Dapper;

namespace EduHub.Core.Data;

/// <summary>Reads the audit trail, newest first.</summary>
public sealed class AuditLogReader(Database database)
{
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? contentItemId, int take, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            """
            SELECT Id, Utc, UserName, Action, ContentItemId, ContentType, FromVersionId, ToVersionId, Details FROM AuditLog
            WHERE @contentItemId IS NULL OR ContentItemId = @contentItemId ORDER BY Id DESC LIMIT @take
            """,
            new { contentItemId, take }, cancellationToken: cancellationToken));
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetUtc(1)!.Value, reader.GetNullableString(2), reader.GetString(3), reader.GetNullableString(4),
                reader.GetNullableString(5), reader.GetNullableString(6), reader.GetNullableString(7), reader.GetNullableString(8)));
        }

        return entries;
    }
}
