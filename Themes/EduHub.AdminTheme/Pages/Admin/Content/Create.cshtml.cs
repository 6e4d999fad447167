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

/// <summary>Creates an item of a type from the form generated from its definition (saved as a draft or published).</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ListContent)]
public sealed class CreateModel(
    ContentManager content, ContentQueryService queries, ContentDefinitionManager definitions, CultureSettings cultures,
    ContentCallerAccessor callers, IStringLocalizer<ContentText> t, IContentErrorLocalizer errors)
    : ContentEditorPageModel(content, queries, definitions, cultures, callers, t, errors)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (await LoadAsync(type, cancellationToken) is { } refused)
        {
            return refused;
        }

        await BuildFormAsync(await Definitions.GetAsync(cancellationToken), Item, fromPost: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, string? action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(type, cancellationToken) is { } refused)
        {
            return refused;
        }

        action = Action(action);
        await BuildFormAsync(await Definitions.GetAsync(cancellationToken), Item, fromPost: true, cancellationToken);
        if (action is not ("save" or "publish"))
        {
            ShowPreview = action == "preview";
            return Page();
        }

        var publish = action == "publish";
        var result = await Contents.CreateAsync(Item, publish, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = publish ? T["Published."].Value : T["Saved as a draft."].Value;
            return Redirect($"/admin/content/item/{result.Item!.ContentItemId}");
        }

        if (result.Status == ContentResultStatus.Forbidden)
        {
            return this.Denied();
        }

        ShowFailure(result);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string type, CancellationToken cancellationToken)
    {
        var definition = (await Definitions.GetAsync(cancellationToken)).GetType(type);
        if (definition is null || !definition.TypeSettings.Creatable || await Contents.NewAsync(type, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var caller = await Callers.GetAsync(cancellationToken);
        if (!caller.May(ContentVerb.Edit, definition, caller.UserName))
        {
            return this.Denied();
        }

        Type = definition;
        Item = item;
        return null;
    }
}
