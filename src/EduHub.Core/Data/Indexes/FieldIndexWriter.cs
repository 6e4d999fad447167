using System.Text;
using Dapper;

namespace EduHub.Core.Data.Indexes;

/// <summary>
/// Writes and deletes field index rows. All rows of one table for one version go in a single multi-row
/// INSERT: statements, not rows, are what a save pays for (see docs/performance.md).
/// </summary>
internal static class FieldIndexWriter
{
    private const string Key = "DocumentId, ContentType, ContentPart, ContentField";

    public static async Task InsertAsync(DbSession session, long documentId, string contentType, FieldIndexRows rows, CancellationToken cancellationToken)
    {
        await InsertAsync(session, "TextFieldIndex", "Text, NormalizedText", rows.Text, r => (r.ContentPart, r.ContentField, [r.Text, r.NormalizedText]), documentId, contentType, cancellationToken);
        await InsertAsync(session, "NumericFieldIndex", "Value", rows.Numeric, r => (r.ContentPart, r.ContentField, [r.Value]), documentId, contentType, cancellationToken);
        await InsertAsync(session, "BooleanFieldIndex", "Value", rows.Boolean, r => (r.ContentPart, r.ContentField, [r.Value]), documentId, contentType, cancellationToken);
        await InsertAsync(session, "DateTimeFieldIndex", "Value", rows.DateTime, r => (r.ContentPart, r.ContentField, [r.Value]), documentId, contentType, cancellationToken);
        await InsertAsync(session, "ContentPickerFieldIndex", "SelectedContentItemId, Position", rows.Pickers, r => (r.ContentPart, r.ContentField, [r.SelectedContentItemId, r.Position]), documentId, contentType, cancellationToken);
        await InsertAsync(session, "TaxonomyFieldIndex", "TaxonomyContentItemId, TermContentItemId", rows.Terms, r => (r.ContentPart, r.ContentField, [r.TaxonomyContentItemId, r.TermContentItemId]), documentId, contentType, cancellationToken);
    }

    public static async Task DeleteAsync(DbSession session, IReadOnlyList<long> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }

        foreach (var table in ContentStore.IndexTables)
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE {session.Dialect.In("DocumentId", "@documentIds")}", new { documentIds }, session.Transaction, cancellationToken: cancellationToken));
        }
    }

    private static async Task InsertAsync<T>(DbSession session, string table, string valueColumns, List<T> rows,
        Func<T, (string Part, string Field, object?[] Values)> read, long documentId, string contentType, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var parameters = new DynamicParameters();
        parameters.Add("d", documentId);
        parameters.Add("t", contentType);
        var sql = new StringBuilder($"INSERT INTO {table} ({Key}, {valueColumns}) VALUES ");
        for (var i = 0; i < rows.Count; i++)
        {
            var (part, field, values) = read(rows[i]);
            sql.Append(i == 0 ? "" : ", ").Append($"(@d, @t, @p{i}_, @f{i}_");
            parameters.Add($"p{i}_", part);
            parameters.Add($"f{i}_", field);
            for (var v = 0; v < values.Length; v++)
            {
                sql.Append($", @v{i}_{v}");
                parameters.Add($"v{i}_{v}", values[v]);
            }

            sql.Append(')');
        }

        await session.Connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, session.Transaction, cancellationToken: cancellationToken));
    }
}
