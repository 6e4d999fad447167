using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>Every version of an item, newest first: pick two to compare, or restore an old one as a new draft.</summary>
public sealed class IndexModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<HistoryText> t) : PageModel
{
    public sealed record Version(int Number, ContentItem Item);

    public string Id { get; private set; } = "";

    public ContentItem Latest { get; private set; } = new();

    public string TypeName { get; private set; } = "";

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Version> Versions { get; private set; } = [];

    public bool MayRestore { get; private set; }

    public bool Translatable { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(string id, string? versionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } failed)
        {
            return failed;
        }

        if (!MayRestore)
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        if (Versions.FirstOrDefault(v => v.Item.ContentItemVersionId == versionId) is not { } version)
        {
            return Problem(StatusCodes.Status400BadRequest, t["That version does not belong to this item. Choose a version from the list."]);
        }

        if (version.Item.Latest)
        {
            return Problem(StatusCodes.Status400BadRequest, t["Version {0} is already the latest version: there is nothing to restore.", version.Number]);
        }

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

    /// <returns>Null when the page can be shown; otherwise 404 or 403.</returns>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var (versions, forbidden) = await ItemHistory.LoadAsync(content, id, cancellationToken);
        if (versions.Count == 0)
        {
            return forbidden ? Forbid(IdentityConstants.ApplicationScheme) : NotFound();
        }

        Id = id;
        Latest = versions.FirstOrDefault(v => v.Latest) ?? versions[^1];
        Versions = versions.Select((v, i) => new Version(i + 1, v)).Reverse().ToList();
        var snapshot = await definitions.GetAsync(cancellationToken);
        var type = snapshot.GetType(Latest.ContentType);
        TypeName = type?.DisplayName ?? Latest.ContentType;
        var caller = await callers.GetAsync(cancellationToken);
        MayRestore = type is not null && caller.May(ContentVerb.Edit, type, Latest.Owner);
        Translatable = MayRestore && snapshot.HasPart(Latest.ContentType, "LocalizationPart");
        return null;
    }
}
