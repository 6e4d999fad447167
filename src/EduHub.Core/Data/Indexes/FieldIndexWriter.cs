using Dapper;

namespace EduHub.Core.Data.Indexes;

internal static class FieldIndexWriter
{
    public static async Task InsertAsync(DbSession session, long documentId, string contentType, FieldIndexRows rows, CancellationToken cancellationToken)
    {
        await InsertAsync(session, "INSERT INTO TextFieldIndex (DocumentId, ContentType, ContentPart, ContentField, Text, NormalizedText) VALUES (@documentId, @contentType, @ContentPart, @ContentField, @Text, @NormalizedText)",
            rows.Text.Select(r => new { documentId, contentType, r.ContentPart, r.ContentField, r.Text, r.NormalizedText }), cancellationToken);
        await InsertAsync(session, "INSERT INTO NumericFieldIndex (DocumentId, ContentType, ContentPart, ContentField, Value) VALUES (@documentId, @contentType, @ContentPart, @ContentField, @Value)",
            rows.Numeric.Select(r => new { documentId, contentType, r.ContentPart, r.ContentField, r.Value }), cancellationToken);
        await InsertAsync(session, "INSERT INTO BooleanFieldIndex (DocumentId, ContentType, ContentPart, ContentField, Value) VALUES (@documentId, @contentType, @ContentPart, @ContentField, @Value)",
            rows.Boolean.Select(r => new { documentId, contentType, r.ContentPart, r.ContentField, r.Value }), cancellationToken);
        await InsertAsync(session, "INSERT INTO DateTimeFieldIndex (DocumentId, ContentType, ContentPart, ContentField, Value) VALUES (@documentId, @contentType, @ContentPart, @ContentField, @Value)",
            rows.DateTime.Select(r => new { documentId, contentType, r.ContentPart, r.ContentField, r.Value }), cancellationToken);
        await InsertAsync(session, "INSERT INTO ContentPickerFieldIndex (DocumentId, ContentType, ContentPart, ContentField, SelectedContentItemId, Position) VALUES (@documentId, @contentType, @ContentPart, @ContentField, @SelectedContentItemId, @Position)",
            rows.Pickers.Select(r => new { documentId, contentType, r.ContentPart, r.ContentField, r.SelectedContentItemId, r.Position }), cancellationToken);
        await InsertAsync(session, "INSERT INTO TaxonomyFieldIndex (DocumentId, ContentType, ContentPart, ContentField, TaxonomyContentItemId, TermContentItemId) VALUES (@documentId, @contentType, @ContentPart, @ContentField, @TaxonomyContentItemId, @TermContentItemId)",
            rows.Terms.Select(r => new { documentId, contentType, r.ContentPart, r.ContentField, r.TaxonomyContentItemId, r.TermContentItemId }), cancellationToken);
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

    private static async Task InsertAsync<T>(DbSession session, string sql, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        if (list.Count > 0)
        {
            // Dapper runs the prepared command once per row inside the open transaction.
            await session.Connection.ExecuteAsync(new CommandDefinition(sql, list, session.Transaction, cancellationToken: cancellationToken));
        }
    }
}
