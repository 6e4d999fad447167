using EduHub.Admin;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>Edits the latest version of an item: save draft, publish, unpublish, preview; a stale form is refused.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ListContent)]
public sealed class EditModel(
    ContentManager content, ContentQueryService queries, ContentDefinitionManager definitions, CultureSettings cultures,
    ContentCallerAccessor callers, IStringLocalizer<ContentText> t, IContentErrorLocalizer errors)
    : ContentEditorPageModel(content, queries, definitions, cultures, callers, t, errors)
{
    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        BaseVersionId = Item.ContentItemVersionId;
        await BuildFormAsync(await Definitions.GetAsync(cancellationToken), Item, fromPost: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        action = Action(action);
        if (action == "delete")
        {
            return Redirect($"/admin/content/item/{id}/delete");
        }

        if (action == "unpublish")
        {
            var unpublished = await Contents.UnpublishAsync(id, cancellationToken);
            if (unpublished.Status == ContentResultStatus.Forbidden)
            {
                return this.Denied();
            }

            TempData["Notice"] = unpublished.Succeeded ? T["Unpublished: the item is no longer live."].Value : unpublished.Message;
            return Redirect($"/admin/content/item/{id}");
        }

        BaseVersionId = Request.Form[VersionInput].FirstOrDefault() is { Length: > 0 } posted ? posted : Item.ContentItemVersionId;
        var latestVersionId = Item.ContentItemVersionId;
        var item = Item.Clone();
        await BuildFormAsync(await Definitions.GetAsync(cancellationToken), item, fromPost: true, cancellationToken);
        if (action is "preview" or "search")
        {
            ShowPreview = action == "preview";
            return Page();
        }

        var publish = action == "publish";
        var result = await Contents.UpdateAsync(item, new ContentSaveOptions(publish, BaseVersionId), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = publish ? T["Published."].Value : T["Saved as a draft."].Value;
            return Redirect($"/admin/content/item/{id}");
        }

        if (result.Status == ContentResultStatus.Forbidden)
        {
            return this.Denied();
        }

        if (result.Status == ContentResultStatus.Conflict)
        {
            ConflictVersionId = latestVersionId;
        }

        ShowFailure(result);
        Response.StatusCode = result.Status == ContentResultStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await Contents.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item
            || (await Definitions.GetAsync(cancellationToken)).GetType(item.ContentType) is not { } type)
        {
            return NotFound();
        }

        var caller = await Callers.GetAsync(cancellationToken);
        if (!caller.May(ContentVerb.Edit, type, item.Owner))
        {
            return this.Denied();
        }

        Item = item;
        Type = type;
        HasPublished = item.Published || await Contents.GetAsync(id, VersionOptions.Published, cancellationToken) is not null;
        return null;
    }
}
