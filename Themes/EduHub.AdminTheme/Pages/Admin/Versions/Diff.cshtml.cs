using EduHub.ContentEditing.Diffing;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>Field-by-field differences between two versions of one item (by default the latest and the one before it).</summary>
public sealed class DiffModel(ContentManager content, ContentDefinitionManager definitions, ContentQueryService queries, IStringLocalizer<HistoryText> t) : PageModel
{
    public string Id { get; private set; } = "";

    public string Title { get; private set; } = "";

    public ContentVersion? From { get; private set; }

    public ContentVersion? To { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? from, string? to, CancellationToken cancellationToken)
    {
        var (versions, forbidden) = await ItemHistory.LoadAsync(content, id, cancellationToken);
        if (versions.Count == 0)
        {
            return forbidden ? Forbid(IdentityConstants.ApplicationScheme) : NotFound();
        }

        Id = id;
        var numbered = versions;
        var latest = numbered.FirstOrDefault(v => v.Item.Latest) ?? numbered[^1];
        Title = latest.Item.DisplayText ?? id;
        if (numbered.Count < 2 && string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
        {
            Error = t["This item has only one version so far: there is nothing to compare."];
            return Page();
        }

        // A missing "to" is the latest version; a missing "from" is the version before "to".
        To = string.IsNullOrEmpty(to) ? latest : numbered.FirstOrDefault(v => v.Item.ContentItemVersionId == to);
        From = string.IsNullOrEmpty(from)
            ? (To is null ? null : numbered.LastOrDefault(v => v.Number < To.Number) ?? To)
            : numbered.FirstOrDefault(v => v.Item.ContentItemVersionId == from);
        if (From is null || To is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Error = t["Choose two versions of this item to compare: {0} is not one of its versions.", (To is null ? to : from) ?? ""];
            From = To = null;
            return Page();
        }

        var snapshot = await definitions.GetAsync(cancellationToken);
        var names = await ReferenceNames.LoadAsync(ContentDiffer.References(snapshot, [From.Item, To.Item]), queries, content, cancellationToken);
        Changes = ContentDiffer.Compare(snapshot, From.Item, To.Item, names);
        return Page();
    }
}
