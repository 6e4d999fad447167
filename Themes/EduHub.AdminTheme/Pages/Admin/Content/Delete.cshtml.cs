using EduHub.Admin;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>Asks before deleting an item (works without JavaScript), then deletes it through the content manager.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ListContent)]
public sealed class DeleteModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<ContentText> t) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentTypeDefinition Type { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await content.RemoveAsync(id, cancellationToken);
        if (result.Status == ContentResultStatus.Forbidden)
        {
            return this.Denied();
        }

        TempData["Notice"] = result.Succeeded ? t["Deleted “{0}”.", Item.DisplayText ?? id].Value : result.Message;
        return Redirect($"/admin/content/{Type.Name}");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item
            || (await definitions.GetAsync(cancellationToken)).GetType(item.ContentType) is not { } type)
        {
            return NotFound();
        }

        if (!(await callers.GetAsync(cancellationToken)).May(ContentVerb.Delete, type, item.Owner))
        {
            return this.Denied();
        }

        Item = item;
        Type = type;
        return null;
    }
}
