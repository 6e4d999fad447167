using EduHub.Admin;
using EduHub.ContentEditing.Editors;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>
/// Search-as-you-type for content pickers: the candidates of one picker field whose title contains the text, as JSON.
/// Only for callers who may edit the field's type; the query service shows them only items they may see.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ListContent)]
public sealed class PickerModel(
    ContentManager content, ContentQueryService queries, ContentDefinitionManager definitions, CultureSettings cultures,
    ContentCallerAccessor callers, IStringLocalizer<ContentText> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? type, string? field, string? q, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        var parts = (field ?? "").Split('.');
        if (snapshot.GetType(type ?? "") is not { } definition || parts.Length != 2
            || snapshot.FindField(definition.Name, parts[0], parts[1]) is not { Kind: FieldKind.ContentPickerField } picker)
        {
            return NotFound();
        }

        var caller = await callers.GetAsync(cancellationToken);
        if (!caller.May(ContentVerb.Edit, definition, caller.UserName) && !caller.MayAny(ContentVerb.Edit, definition))
        {
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        var settings = picker.Definition.FieldSettings;
        var types = settings.GetBool("DisplayAllContentTypes") ? [] : picker.Definition.DisplayedContentTypes;
        var (options, more) = await new ContentFormOptions(content, queries, cultures, t).SearchAsync(types, q, 20, cancellationToken);
        return new JsonResult(new { items = options.Select(o => new { value = o.Value, text = o.Text }), more });
    }
}
