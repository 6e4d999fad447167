using System.Text.Json.Nodes;
using EduHub.Admin;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Taxonomies.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Taxonomies.Pages.Admin.Taxonomies;

/// <summary>
/// Removes a term only when no content item uses it (or a term nested below it). A used term is refused, with the
/// number of items per type and links to them: removing it would leave those items pointing at a term that no longer
/// exists, and their next save would fail for an editor who did nothing wrong. Confirming cannot undo that harm.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.EditContent)]
internal sealed class RemoveModel(
    ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<TaxonomiesText> t, TermUsage usage)
    : TaxonomyPageModel(content, definitions, callers, t)
{
    public JsonObject Term { get; private set; } = null!;

    public string TermTitle => TaxonomyTerms.Title(Term) ?? TermId;

    public string TermId { get; private set; } = "";

    public int NestedTerms { get; private set; }

    public IReadOnlyList<TermUsage.Use> Uses { get; private set; } = [];

    public int UsedBy => Uses.Sum(u => u.Items);

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string termId, CancellationToken cancellationToken) =>
        await LoadTermAsync(id, termId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, string termId, CancellationToken cancellationToken)
    {
        if (await LoadTermAsync(id, termId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (UsedBy > 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var changed = Taxonomy.Clone();
        var terms = TaxonomyTerms.Of(changed);
        terms.RemoveAt(TaxonomyTerms.IndexOf(terms, termId));
        var result = await SaveAsync(changed, PostedVersion(), cancellationToken);
        if (result.Succeeded)
        {
            return BackToTerms(T["Removed «{0}».", TermTitle]);
        }

        if (result.Status == ContentResultStatus.Forbidden)
        {
            return Forbid(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
        }

        Problem = FailureMessage(result);
        Response.StatusCode = result.Status == ContentResultStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadTermAsync(string id, string termId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var index = TaxonomyTerms.IndexOf(Terms, termId);
        if (index < 0)
        {
            return NotFound();
        }

        Term = Terms[index]!.AsObject();
        TermId = termId;
        var ids = TaxonomyTerms.IdsWithChildren(Term).ToList();
        NestedTerms = ids.Count - 1;
        Uses = await usage.FindAsync(Taxonomy.ContentItemId, ids, cancellationToken);
        return null;
    }
}
