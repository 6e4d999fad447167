using EduHub.ContentEditing.Diffing;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>
/// Restoring an old version, in two steps that work without JavaScript: the GET shows what the restore would change and asks
/// for confirmation (changing nothing); only its POST saves the old content as a new draft.
/// </summary>
public sealed class RestoreModel(
    ContentManager content, ContentDefinitionManager definitions, ContentQueryService queries, ContentCallerAccessor callers, IStringLocalizer<HistoryText> t) : PageModel
{
    public string Id { get; private set; } = "";

    public ContentItem Latest { get; private set; } = new();

    /// <summary>The version to restore; null when the address names none of the item's versions.</summary>
    public ContentVersion? Version { get; private set; }

    /// <summary>From the current version to the one to restore.</summary>
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public string? Error { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, versionId, cancellationToken) is { } failed)
        {
            return failed;
        }

        var snapshot = await definitions.GetAsync(cancellationToken);
        var names = await ReferenceNames.LoadAsync(ContentDiffer.References(snapshot, [Latest, Version!.Item]), queries, content, cancellationToken);
        Changes = ContentDiffer.Compare(snapshot, Latest, Version.Item, names);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, versionId, cancellationToken) is { } failed)
        {
            return failed;
        }

        var version = Version!;
        var result = await content.RestoreAsync(id, version.Item.ContentItemVersionId, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.ErrorList.Select(e => e.Message).ToList();
            return Problem(result.Status switch
            {
                ContentResultStatus.NotFound => StatusCodes.Status404NotFound,
                ContentResultStatus.Forbidden => StatusCodes.Status403Forbidden,
                ContentResultStatus.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            }, t["Version {0} could not be restored: {1}", version.Number, result.Message ?? result.Status.ToString()]);
        }

        TempData["Notice"] = t["Version {0} was restored as a new draft. Review it and publish it when it is ready.", version.Number].Value;
        return Redirect($"/admin/content/item/{id}");
    }

    private PageResult Problem(int status, string message)
    {
        Response.StatusCode = status;
        Error = message;
        return Page();
    }

    /// <returns>Null when the version can be restored; otherwise 404, 403, or the page with the reason (400).</returns>
    private async Task<IActionResult?> LoadAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        var (versions, forbidden) = await ItemHistory.LoadAsync(content, id, cancellationToken);
        if (versions.Count == 0)
        {
            return forbidden ? Forbid(IdentityConstants.ApplicationScheme) : NotFound();
        }

        Id = id;
        Latest = (versions.FirstOrDefault(v => v.Item.Latest) ?? versions[^1]).Item;
        var snapshot = await definitions.GetAsync(cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        if (snapshot.GetType(Latest.ContentType) is not { } type || !caller.May(ContentVerb.Edit, type, Latest.Owner))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        Version = versions.FirstOrDefault(v => v.Item.ContentItemVersionId == versionId);
        if (Version is null)
        {
            return NotFound();
        }

        return Version.Item.Latest
            ? Problem(StatusCodes.Status400BadRequest, t["Version {0} is already the latest version: there is nothing to restore.", Version.Number])
            : null;
    }
}
