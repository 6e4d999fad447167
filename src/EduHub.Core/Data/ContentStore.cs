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
        // Not `await using`: Dapper's reader disposes its command only in Dispose() (docs/performance-graphql.md, "Seventh run").
        using var reader = await session.Connection.ExecuteReaderAsync(new CommandDefinition(
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
        var rows = await ReadRowsAsync(session, ItemRows.In(session.Dialect, "c.Id", "i"), ids, cancellationToken);
        var byId = rows.ToDictionary(r => r.Id, r => r.Item);
        var items = ids.Where(byId.ContainsKey).Select(id => (id, byId[id])).ToList();
        return (items, 1 + (withContent ? await LoadContentAsync(session, items, cancellationToken) : 0));
    }

    /// <summary>
    /// The published versions of items by content item id (picked items, taxonomies): one statement on the
    /// one-published-row index, then only the documents not parsed yet. No permission check: callers filter.
    /// </summary>
    public async Task<(IReadOnlyList<ContentItem> Items, int Statements)> LoadPublishedAsync(DbSession session, IReadOnlyList<string> contentItemIds, bool withContent, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0)
        {
            return ([], 0);
        }

        var rows = await ReadRowsAsync(session, ItemRows.In(session.Dialect, "c.ContentItemId", "i") + " AND c.Published = TRUE", contentItemIds, cancellationToken);
        return (rows.Select(r => r.Item).ToList(), 1 + (withContent ? await LoadContentAsync(session, rows, cancellationToken) : 0));
    }

    /// <summary>
    /// Sets the documents of items read from their index rows: parsed ones from the document cache, the others with
    /// one statement. Returns the number of statements run (0 or 1).
    /// </summary>
    public async Task<int> LoadContentAsync(DbSession session, IReadOnlyList<(long Id, ContentItem Item)> items, CancellationToken cancellationToken)
    {
        Dictionary<long, ContentItem>? missing = null;
        foreach (var (id, item) in items)
        {
            if (documents is not null && documents.TryGet(id, out var cached))
            {
                item.SetDocument(cached);
            }
            else
            {
                (missing ??= [])[id] = item;
            }
        }

        if (missing is null)
        {
            return 0;
        }

        await using var lease = session.Command("SELECT d.Id, d.Content FROM ContentDocuments d WHERE " + ItemRows.In(session.Dialect, "d.Id", "d"));
        ItemRows.AddValues(lease.Command, session.Dialect, "d", missing.Keys.ToList());
        await using var reader = await lease.Command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (missing.TryGetValue(id, out var item))
            {
                SetDocument(item, reader, 1, session, id);
            }
        }

        return 1;
    }

    private static async Task<List<(long Id, ContentItem Item)>> ReadRowsAsync<T>(DbSession session, string where, IReadOnlyList<T> values, CancellationToken cancellationToken)
    {
        await using var lease = session.Command($"SELECT {ItemRows.Columns(session.Dialect)} FROM ContentItemIndex c WHERE {where}");
        ItemRows.AddValues(lease.Command, session.Dialect, "i", values);
        await using var reader = await lease.Command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long Id, ContentItem Item)>(values.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ItemRows.Read(reader, 0, session.Dialect));
        }

        return rows;
    }

    /// <summary>
    /// SQLite hands out the stored UTF-8 bytes as they are; reading them as a string first would transcode every
    /// document to UTF-16 and the parser back to UTF-8 (a fifth of the cost of reading a page of items).
    /// Only documents read in a read-only session are cached: a write session may see rows of its own that a
    /// rollback (a failed recipe, a dry run) takes back, and SQLite then hands the same row id out again.
    /// </summary>
    private void SetDocument(ContentItem item, DbDataReader reader, int ordinal, DbSession session, long id)
    {
        var utf8 = session.Dialect.Provider == DatabaseProvider.Sqlite
            ? reader.GetFieldValue<byte[]>(ordinal)
            : System.Text.Encoding.UTF8.GetBytes(reader.GetString(ordinal));
        if (documents is not null && session.IsReadOnly)
        {
            item.SetDocument(documents.Add(id, utf8));
        }
        else
        {
            item.Content = JsonNode.Parse(utf8) as JsonObject ?? [];
        }
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
