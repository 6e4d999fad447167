using EduHub.ContentEditing.Diffing;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>Display texts of the items and terms a diff refers to, read with the caller's rights (what they may not see stays an id).</summary>
internal static class ReferenceNames
{
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(
        ContentReferences references, ContentQueryService queries, ContentManager content, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var status in new[] { ContentStatus.Published, ContentStatus.Latest })
        {
            var missing = references.Items.Where(id => !names.ContainsKey(id)).Take(ContentQueryService.MaxPageSize).ToList();
            if (missing.Count == 0)
            {
                break;
            }

            var page = await queries.QueryAsync(new ContentQuery
            {
                Status = status,
                Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.In, missing.Cast<object?>().ToList()),
                Take = missing.Count,
                IncludeContent = false,
            }, cancellationToken);
            foreach (var item in page.Items)
            {
                names[item.ContentItemId] = item.DisplayText ?? item.ContentItemId;
            }
        }

        foreach (var taxonomyId in references.Taxonomies)
        {
            var taxonomy = await content.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken)
                ?? await content.GetAsync(taxonomyId, VersionOptions.Published, cancellationToken);
            if (taxonomy is not null)
            {
                foreach (var (id, name) in ContentDiffer.TermNames(taxonomy))
                {
                    names[id] = name;
                }
            }
        }

        return names;
    }
}
