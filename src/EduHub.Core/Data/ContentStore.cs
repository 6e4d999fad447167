using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Contents;
using EduHub.Core.Data.Indexes;
using EduHub.Core.Metadata;

namespace EduHub.Core.Data;

/// <summary>
/// Reads and writes versions: the metadata row, the JSON document and the field index rows. Only the
/// content manager calls the write methods; flags (Latest, Published) live in the index row only, so a
/// publish never rewrites documents.
/// </summary>
/// <param name="documents">Parsed documents shared by every read (none in tests that build a store by hand).</param>
public sealed class ContentStore(DocumentCache? documents = null)
{
    private const string RowColumns =
        "c.Id, c.ContentItemId, c.ContentItemVersionId, c.ContentType, c.VersionNumber, c.Latest, c.Published, c.Owner, c.CreatedUtc, c.ModifiedUtc, c.PublishedUtc";

    /// <summary>Armenian and Cyrillic stored as characters, not \uXXXX escapes (less than half the bytes); never rendered as HTML from here.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions DocumentJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] FieldIndexTables =
        ["TextFieldIndex", "NumericFieldIndex", "BooleanFieldIndex", "DateTimeFieldIndex", "ContentPickerFieldIndex", "TaxonomyFieldIndex"];

    /// <summary>All live (not deleted) versions of an item, oldest first.</summary>
    public async Task<IReadOnlyList<VersionRow>> GetRowsAsync(DbSession session, string contentItemId, CancellationToken cancellationToken)
    {
        await using var reader = await session.Connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {RowColumns} FROM ContentItemIndex c WHERE c.ContentItemId = @contentItemId AND c.Deleted = FALSE ORDER BY c.VersionNumber",
            new { contentItemId }, session.Transaction, cancellationToken: cancellationToken));
        var rows = new List<VersionRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRow(reader));
        }

        return rows;
    }

    /// <summary>Loads full items for index row ids, in the order given.</summary>
    public async Task<IReadOnlyList<ContentItem>> LoadAsync(DbSession session, IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        (await LoadWithIdsAsync(session, ids, cancellationToken)).Select(r => r.Item).ToList();

    /// <summary>Like <see cref="LoadAsync(DbSession, IReadOnlyList{long}, CancellationToken)"/>, keeping each item's row id (rows deleted meanwhile are skipped).</summary>
    /// <param name="withContent">
    /// False reads the index rows only (ids, type, display text, dates, flags) and leaves <see cref="ContentItem.Content"/>
    /// empty: for callers that need nothing else (a picker shown as names), no document is read or parsed.
    /// </param>
    public async Task<IReadOnlyList<(long Id, ContentItem Item)>> LoadWithIdsAsync(DbSession session, IReadOnlyList<long> ids, CancellationToken cancellationToken, bool withContent = true) =>
        (await LoadPageAsync(session, ids, withContent, cancellationToken)).Items;

    /// <summary>Like <see cref="LoadWithIdsAsync"/>, also telling how many SQL statements it ran (0, 1, or 2 when some documents were not cached).</summary>
    public async Task<(IReadOnlyList<(long Id, ContentItem Item)> Items, int Statements)> LoadPageAsync(DbSession session, IReadOnlyList<long> ids, bool withContent, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return ([], 0);
        }

        // Index rows first (small, always current: flags change), then only the documents not parsed yet.
        await using var reader = await session.Connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {RowColumns}, c.DisplayText, c.Author FROM ContentItemIndex c WHERE {session.Dialect.In("c.Id", "@ids")}",
            new { ids }, session.Transaction, cancellationToken: cancellationToken));
        var byId = new Dictionary<long, ContentItem>(ids.Count);
        var missing = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = ReadRow(reader);
            var item = new ContentItem
            {
                ContentItemId = row.ContentItemId,
                ContentItemVersionId = row.ContentItemVersionId,
                ContentType = row.ContentType,
                Latest = row.Latest,
                Published = row.Published,
                Owner = row.Owner,
                CreatedUtc = row.CreatedUtc,
                ModifiedUtc = row.ModifiedUtc,
                PublishedUtc = row.PublishedUtc,
                DisplayText = reader.GetNullableString(11),
                Author = reader.GetNullableString(12),
            };
            byId[row.Id] = item;
            if (!withContent)
            {
                continue;
            }

            if (documents is not null && documents.TryGet(row.Id, out var cached))
            {
                item.Content = cached;
            }
            else
            {
                missing.Add(row.Id);
            }
        }

        await reader.DisposeAsync();
        if (missing.Count > 0)
        {
            await ReadDocumentsAsync(session, missing, byId, cancellationToken);
        }

        return (ids.Where(byId.ContainsKey).Select(id => (id, byId[id])).ToList(), missing.Count > 0 ? 2 : 1);
    }

    private async Task ReadDocumentsAsync(DbSession session, List<long> ids, Dictionary<long, ContentItem> into, CancellationToken cancellationToken)
    {
        await using var reader = await session.Connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT d.Id, d.Content FROM ContentDocuments d WHERE {session.Dialect.In("d.Id", "@ids")}",
            new { ids }, session.Transaction, cancellationToken: cancellationToken));
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (into.TryGetValue(id, out var item))
            {
                item.Content = ReadDocument(reader, 1, session, id);
            }
        }
    }

    /// <summary>
    /// SQLite hands out the stored UTF-8 bytes as they are; reading them as a string first would transcode every
    /// document to UTF-16 and the parser back to UTF-8 (a fifth of the cost of reading a page of items).
    /// Only documents read in a read-only session are cached: a write session may see rows of its own that a
    /// rollback (a failed recipe, a dry run) takes back, and SQLite then hands the same row id out again.
    /// </summary>
    private JsonObject ReadDocument(DbDataReader reader, int ordinal, DbSession session, long id)
    {
        var utf8 = session.Dialect.Provider == DatabaseProvider.Sqlite
            ? reader.GetFieldValue<byte[]>(ordinal)
            : System.Text.Encoding.UTF8.GetBytes(reader.GetString(ordinal));
        return documents is not null && session.IsReadOnly ? documents.Add(id, utf8) : JsonNode.Parse(utf8) as JsonObject ?? [];
    }

    public async Task<ContentItem?> LoadAsync(DbSession session, long id, CancellationToken cancellationToken) =>
        (await LoadAsync(session, [id], cancellationToken)).FirstOrDefault();

    public async Task<long> InsertAsync(DbSession session, ContentItem item, int versionNumber, ContentDefinitionSnapshot definitions, CancellationToken cancellationToken)
    {
        var localization = item.Part("LocalizationPart");
        var id = await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO ContentItemIndex (ContentItemId, ContentItemVersionId, ContentType, VersionNumber, Latest, Published, Deleted,
                DisplayText, DisplayTextNormalized, Owner, Author, CreatedUtc, ModifiedUtc, PublishedUtc, Culture, LocalizationSet, Path, Alias)
            VALUES (@ContentItemId, @ContentItemVersionId, @ContentType, @versionNumber, @Latest, @Published, FALSE,
                @DisplayText, @normalized, @Owner, @Author, @CreatedUtc, @ModifiedUtc, @PublishedUtc, @culture, @set, @path, @alias)
            RETURNING Id
            """,
            new
            {
                item.ContentItemId, item.ContentItemVersionId, item.ContentType, versionNumber, item.Latest, item.Published,
                DisplayText = TextFolding.Truncate(item.DisplayText), normalized = TextFolding.Fold(item.DisplayText),
                item.Owner, item.Author, item.CreatedUtc, item.ModifiedUtc, item.PublishedUtc,
                culture = FieldIndexBuilder.ReadString(localization?["Culture"]),
                set = FieldIndexBuilder.ReadString(localization?["LocalizationSet"]),
                path = FieldIndexBuilder.ReadString(item.Part("AutoroutePart")?["Path"]),
                alias = FieldIndexBuilder.ReadString(item.Part("AliasPart")?["Alias"]),
            },
            session.Transaction, cancellationToken: cancellationToken));
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ContentDocuments (Id, Content) VALUES (@id, @content)",
            new { id, content = item.Content.ToJsonString(DocumentJson) }, session.Transaction, cancellationToken: cancellationToken));
        await FieldIndexWriter.InsertAsync(session, id, item.ContentType, FieldIndexBuilder.Build(item, definitions), cancellationToken);
        return id;
    }

    /// <summary>Moves "latest" away from the expected version; false when someone else changed the item first.</summary>
    public async Task<bool> ClearLatestAsync(DbSession session, string contentItemId, string expectedVersionId, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ContentItemIndex SET Latest = FALSE WHERE ContentItemId = @contentItemId AND Latest = TRUE AND ContentItemVersionId = @expectedVersionId",
            new { contentItemId, expectedVersionId }, session.Transaction, cancellationToken: cancellationToken)) == 1;

    /// <summary>
    /// Unpublishes the item's published version, except <paramref name="exceptId"/>: a concurrent publisher of
    /// that same version must find it already published (and report a conflict), not unpublish and re-publish it.
    /// </summary>
    public Task<int> ClearPublishedAsync(DbSession session, string contentItemId, CancellationToken cancellationToken, long exceptId = 0) =>
        session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ContentItemIndex SET Published = FALSE WHERE ContentItemId = @contentItemId AND Published = TRUE AND Id <> @exceptId",
            new { contentItemId, exceptId }, session.Transaction, cancellationToken: cancellationToken));

    public async Task<bool> PublishAsync(DbSession session, long id, DateTime publishedUtc, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ContentItemIndex SET Published = TRUE, PublishedUtc = @publishedUtc WHERE Id = @id AND Published = FALSE AND Deleted = FALSE",
            new { id, publishedUtc }, session.Transaction, cancellationToken: cancellationToken)) == 1;

    public async Task<bool> SetLatestAsync(DbSession session, long id, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ContentItemIndex SET Latest = TRUE WHERE Id = @id AND Deleted = FALSE",
            new { id }, session.Transaction, cancellationToken: cancellationToken)) == 1;

    public async Task DeleteVersionAsync(DbSession session, long id, CancellationToken cancellationToken)
    {
        await FieldIndexWriter.DeleteAsync(session, [id], cancellationToken);
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM ContentDocuments WHERE Id = @id; DELETE FROM ContentItemIndex WHERE Id = @id;",
            new { id }, session.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Soft delete: versions stay for the audit trail but are neither latest nor published.</summary>
    public Task<int> MarkDeletedAsync(DbSession session, string contentItemId, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ContentItemIndex SET Latest = FALSE, Published = FALSE, Deleted = TRUE WHERE ContentItemId = @contentItemId AND Deleted = FALSE",
            new { contentItemId }, session.Transaction, cancellationToken: cancellationToken));

    /// <summary>Field rows are kept only for latest and published versions: history is never queried by field.</summary>
    public async Task DropStaleIndexRowsAsync(DbSession session, string contentItemId, CancellationToken cancellationToken)
    {
        var stale = (await session.Connection.QueryAsync<long>(new CommandDefinition(
            "SELECT Id FROM ContentItemIndex WHERE ContentItemId = @contentItemId AND Latest = FALSE AND Published = FALSE",
            new { contentItemId }, session.Transaction, cancellationToken: cancellationToken))).ToList();
        await FieldIndexWriter.DeleteAsync(session, stale, cancellationToken);
    }

    /// <summary>Deletes versions that are neither latest nor published (types that keep no history).</summary>
    public async Task PruneHistoryAsync(DbSession session, string contentItemId, CancellationToken cancellationToken)
    {
        var stale = (await session.Connection.QueryAsync<long>(new CommandDefinition(
            "SELECT Id FROM ContentItemIndex WHERE ContentItemId = @contentItemId AND Latest = FALSE AND Published = FALSE AND Deleted = FALSE",
            new { contentItemId }, session.Transaction, cancellationToken: cancellationToken))).ToList();
        foreach (var id in stale)
        {
            await DeleteVersionAsync(session, id, cancellationToken);
        }
    }

    internal static IReadOnlyList<string> IndexTables => FieldIndexTables;

    private static VersionRow ReadRow(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetFlag(5), r.GetFlag(6),
        r.GetNullableString(7), r.GetUtc(8), r.GetUtc(9), r.GetUtc(10));
}
