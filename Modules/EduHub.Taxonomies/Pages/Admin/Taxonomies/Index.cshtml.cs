using EduHub.Admin;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Taxonomies.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.Taxonomies.Pages.Admin.Taxonomies;

/// <summary>The taxonomies (Regions, Subjects, Languages, ...) with their term type and number of terms.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.EditContent)]
internal sealed class IndexModel(ContentQueryService queries, ContentDefinitionManager definitions) : PageModel
{
    public sealed record Row(string Id, string Title, string TermType, int Terms);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        var types = snapshot.Types.Where(t => snapshot.HasPart(t.Name, TaxonomyTerms.PartName)).Select(t => t.Name).ToList();
        if (types.Count == 0)
        {
            return;
        }

        var page = await queries.QueryAsync(new ContentQuery { ContentTypes = types, Status = ContentStatus.Latest, Take = 200 }, cancellationToken);
        Rows = page.Items
            .Select(i => new Row(i.ContentItemId, i.DisplayText ?? i.ContentItemId, TermTypeName(snapshot, i), TaxonomyTerms.Of(i).Count))
            .OrderBy(r => r.Title, StringComparer.CurrentCulture)
            .ToList();
    }

    private static string TermTypeName(ContentDefinitionSnapshot snapshot, ContentItem taxonomy) =>
        TaxonomyTerms.TermType(taxonomy) is { } name ? snapshot.GetType(name)?.DisplayName ?? name : "";
}
