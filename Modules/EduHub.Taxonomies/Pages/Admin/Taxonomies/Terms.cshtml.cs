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

/// <summary>A taxonomy's terms in their order, with links to add, edit and remove, and buttons to move a term up or down.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.EditContent)]
internal sealed class TermsModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<TaxonomiesText> t)
    : TaxonomyPageModel(content, definitions, callers, t)
{
    public string? Problem { get; private set; }

    public IEnumerable<JsonObject> TermList => Terms.OfType<JsonObject>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    /// <summary>Moves a term one place up or down: a new version of the taxonomy.</summary>
    public async Task<IActionResult> OnPostAsync(string id, string? term, string? direction, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var baseVersion = PostedVersion();
        var changed = Taxonomy.Clone();
        var terms = TaxonomyTerms.Of(changed);
        var index = term is null ? -1 : TaxonomyTerms.IndexOf(terms, term);
        if (index < 0)
        {
            return NotFound();
        }

        var target = direction switch { "up" => index - 1, "down" => index + 1, _ => -1 };
        if (target < 0 || target >= terms.Count)
        {
            return BackToTerms(T["The term is already at that end of the list."]);
        }

        var node = terms[index]!;
        terms.RemoveAt(index);
        terms.Insert(target, node);
        var result = await SaveAsync(changed, baseVersion, cancellationToken);
        if (result.Succeeded)
        {
            return BackToTerms(T["Moved «{0}».", TaxonomyTerms.Title(node.AsObject()) ?? term!]);
        }

        if (result.Status == ContentResultStatus.Forbidden)
        {
            return Forbid(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
        }

        Problem = FailureMessage(result);
        Response.StatusCode = result.Status == ContentResultStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        Taxonomy = (await Contents.GetAsync(id, VersionOptions.Latest, cancellationToken)) ?? Taxonomy;
        return Page();
    }
}
