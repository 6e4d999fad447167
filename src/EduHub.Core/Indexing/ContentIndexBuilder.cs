using Dapper;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;

namespace EduHub.Core.Indexing;

/// <summary>
/// Builds the search document of an item: the common metadata (type, culture, owner, title, HtmlBodyPart)
/// plus whatever the enabled feature modules' contributors add. Reads the database only; a search engine
/// calls it from its own worker.
/// </summary>
public sealed class ContentIndexBuilder(IEnumerable<IContentIndexContributor> contributors, FeatureGate features, ContentIndexLookup lookup, ContentStore store)
{
    public async Task<ContentIndexDocument> BuildAsync(DbSession session, ContentItem item, ContentDefinitionSnapshot definitions, CancellationToken cancellationToken)
    {
        var document = new ContentIndexDocument(item.ContentItemId, item.ContentType)
        {
            DisplayText = item.DisplayText,
            Culture = item.Part("LocalizationPart")?["Culture"]?.GetValue<string>(),
            Owner = item.Owner,
            Published = item.Published,
            ModifiedUtc = item.ModifiedUtc,
        };
        document.AddText("DisplayText", item.DisplayText, isTitle: true);
        document.AddHtml("HtmlBodyPart", item.Part("HtmlBodyPart")?["Html"]?.GetValue<string>());
        var context = new ContentIndexContext(item, definitions, document, lookup, session);
        foreach (var contributor in features.Active(contributors))
        {
            await contributor.ContributeAsync(context, cancellationToken);
        }

        return document;
    }

    /// <summary>The version of an item an index holds: the published one, or the latest for indexes of drafts; null when there is none.</summary>
    public async Task<ContentItem?> LoadAsync(DbSession session, string contentItemId, bool latest, CancellationToken cancellationToken)
    {
        var rows = await store.GetRowsAsync(session, contentItemId, cancellationToken);
        var row = latest ? rows.FirstOrDefault(r => r.Latest) : rows.FirstOrDefault(r => r.Published);
        return row is null ? null : await store.LoadAsync(session, row.Id, cancellationToken);
    }

    /// <summary>Row ids of the items of some types, in id order after <paramref name="afterId"/>, for rebuilding an index in batches.</summary>
    public async Task<IReadOnlyList<long>> ListAsync(DbSession session, IReadOnlyCollection<string> contentTypes, bool latest, long afterId, int max, CancellationToken cancellationToken)
    {
        var flag = latest ? "Latest" : "Published";
        var rows = await session.Connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT Id FROM ContentItemIndex WHERE {flag} = TRUE AND Deleted = FALSE AND Id > @afterId AND {session.Dialect.In("ContentType", "@contentTypes")} ORDER BY Id LIMIT @max",
            new { afterId, contentTypes = contentTypes.ToList(), max }, session.Transaction, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public async Task<long> CountAsync(DbSession session, IReadOnlyCollection<string> contentTypes, bool latest, CancellationToken cancellationToken)
    {
        var flag = latest ? "Latest" : "Published";
        return await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM ContentItemIndex WHERE {flag} = TRUE AND Deleted = FALSE AND {session.Dialect.In("ContentType", "@contentTypes")}",
            new { contentTypes = contentTypes.ToList() }, session.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Items whose published version picks <paramref name="contentItemId"/>: their documents show its display text.</summary>
    public async Task<IReadOnlyList<string>> ReferencingAsync(DbSession session, string contentItemId, CancellationToken cancellationToken)
    {
        var rows = await session.Connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT DISTINCT c.ContentItemId FROM ContentPickerFieldIndex p JOIN ContentItemIndex c ON c.Id = p.DocumentId
            WHERE p.SelectedContentItemId = @contentItemId AND (c.Published = TRUE OR c.Latest = TRUE) AND c.Deleted = FALSE
            """,
            new { contentItemId }, session.Transaction, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Items that use terms of the taxonomy <paramref name="taxonomyId"/>: their documents show the terms' names.</summary>
    public async Task<IReadOnlyList<string>> UsingTermsOfAsync(DbSession session, string taxonomyId, CancellationToken cancellationToken)
    {
        var rows = await session.Connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT DISTINCT c.ContentItemId FROM TaxonomyFieldIndex t JOIN ContentItemIndex c ON c.Id = t.DocumentId
            WHERE t.TaxonomyContentItemId = @taxonomyId AND (c.Published = TRUE OR c.Latest = TRUE) AND c.Deleted = FALSE
            """,
            new { taxonomyId }, session.Transaction, cancellationToken: cancellationToken));
        return rows.ToList();
    }
}
