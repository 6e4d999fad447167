using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;

namespace EduHub.Taxonomies.Admin;

/// <summary>
/// Which content items use some terms of a taxonomy, per content type and field (latest and published versions, so
/// a draft or the live version still pointing at a term counts). Read through the query service with the caller's
/// rights: the pages require EditContent, which lets the caller see every item, so the count is complete.
/// </summary>
internal sealed class TermUsage(ContentQueryService queries, ContentDefinitionManager definitions)
{
    /// <summary>One field that uses the terms: its type, where to list the items, and how many distinct items.</summary>
    public sealed record Use(string ContentType, string TypeName, string PartName, string FieldName, string FieldLabel, int Items);

    public async Task<IReadOnlyList<Use>> FindAsync(string taxonomyId, IReadOnlyCollection<string> termIds, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        var uses = new List<Use>();
        foreach (var type in snapshot.Types)
        {
            foreach (var field in snapshot.FieldsOf(type.Name).Where(f => f.Kind == FieldKind.TaxonomyField && f.Definition.FieldSettings.GetString("TaxonomyContentItemId") == taxonomyId))
            {
                var count = await CountAsync(type.Name, field, termIds, cancellationToken);
                if (count > 0)
                {
                    uses.Add(new Use(type.Name, type.DisplayName ?? type.Name, field.PartName, field.FieldName, field.Definition.DisplayName, count));
                }
            }
        }

        return uses;
    }

    private async Task<int> CountAsync(string contentType, TypeField field, IReadOnlyCollection<string> termIds, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                ContentTypes = [contentType],
                Status = ContentStatus.All,
                Where = new FieldFilter(field.PartName, field.FieldName, FilterOperator.In, termIds.Cast<object?>().ToList()),
                IncludeContent = false,
                Take = ContentQueryService.MaxPageSize,
                After = after,
            }, cancellationToken);
            ids.UnionWith(page.Items.Select(i => i.ContentItemId));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return ids.Count;
    }
}
