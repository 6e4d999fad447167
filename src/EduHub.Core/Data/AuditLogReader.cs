using System.Data.Common;
using Dapper;

namespace EduHub.Core.Data;

/// <summary>Reads the audit trail, newest first.</summary>
public sealed class AuditLogReader(Database database)
{
    public const int MaxPageSize = 500;

    private const string Columns = "Id, Utc, UserName, Action, ContentItemId, ContentType, FromVersionId, ToVersionId, Details";

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? contentItemId, int take, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Not `await using`: Dapper's reader disposes its command only in Dispose() (docs/performance-graphql.md, "Seventh run").
        using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT {Columns} FROM AuditLog
            WHERE @contentItemId IS NULL OR ContentItemId = @contentItemId ORDER BY Id DESC LIMIT @take
            """,
            new { contentItemId, take }, cancellationToken: cancellationToken));
        return await ReadAsync(reader, cancellationToken);
    }

    /// <summary>The entries matching every given filter, one page of them (at most <see cref="MaxPageSize"/>).</summary>
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        void Add(string column, string op, object? value)
        {
            if (value is null or "")
            {
                return;
            }

            var name = "p" + conditions.Count;
            conditions.Add($"{column} {op} @{name}");
            parameters.Add(name, value);
        }

        Add("UserName", "=", query.UserName?.Trim());
        Add("Action", "=", query.Action?.Trim());
        Add("ContentType", "=", query.ContentType?.Trim());
        Add("ContentItemId", "=", query.ContentItemId?.Trim());
        Add("Utc", ">=", Utc(query.FromUtc));
        Add("Utc", "<", Utc(query.ToUtc));
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        parameters.Add("skip", Math.Max(0, query.Skip));
        parameters.Add("take", Math.Clamp(query.Take, 1, MaxPageSize));

        await using var connection = await database.OpenForReadingAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM AuditLog {where}", parameters, cancellationToken: cancellationToken));
        // Not `await using`: Dapper's reader disposes its command only in Dispose() (docs/performance-graphql.md, "Seventh run").
        using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM AuditLog {where} ORDER BY Id DESC LIMIT @take OFFSET @skip", parameters, cancellationToken: cancellationToken));
        return new AuditPage(await ReadAsync(reader, cancellationToken), total);
    }

    // Npgsql binds only UTC-kind values to timestamptz columns.
    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private static async Task<IReadOnlyList<AuditEntry>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetUtc(1)!.Value, reader.GetNullableString(2), reader.GetString(3), reader.GetNullableString(4),
                reader.GetNullableString(5), reader.GetNullableString(6), reader.GetNullableString(7), reader.GetNullableString(8)));
        }

        return entries;
    }
}
