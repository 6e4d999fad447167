using EduHub.Admin;
using EduHub.Core.Metadata;
using EduHub.Core.Metadata.Editing;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Types;

/// <summary>
/// One type: its settings, parts and own fields. Additive changes apply at once; removals first show what they
/// mean for the existing items and need a confirmation (a second POST, so it works without JavaScript).
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageContentDefinitions)]
public sealed class EditModel(ContentDefinitionManager definitions, ContentDefinitionEditor editor, IStringLocalizer<TypesText> t) : PageModel
{
    [FromRoute]
    public string Name { get; set; } = "";

    public ContentTypeDefinition Type { get; private set; } = new();

    public IReadOnlyList<ContentPartFieldDefinition> Fields { get; private set; } = [];

    public IReadOnlyList<string> AvailableParts { get; private set; } = [];

    /// <summary>A removal waiting for confirmation, with what it means.</summary>
    public (string Handler, string Name, DefinitionEditResult Preview)? PendingRemoval { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSettingsAsync(string displayName, string? description, bool creatable, bool listable, bool draftable, bool versionable, bool securable, CancellationToken cancellationToken) =>
        ApplyAsync(new UpdateTypeEdit(Name, displayName, description, creatable, listable, draftable, versionable, securable), t["Settings saved."], cancellationToken);

    public Task<IActionResult> OnPostAddPartAsync(string partName, CancellationToken cancellationToken) =>
        ApplyAsync(new AddPartEdit(Name, partName ?? ""), t["Part {0} added.", partName ?? ""], cancellationToken);

    public Task<IActionResult> OnPostMovePartAsync(string part, int offset, CancellationToken cancellationToken) =>
        ApplyAsync(new MovePartEdit(Name, part ?? "", offset), t["Order saved."], cancellationToken);

    public Task<IActionResult> OnPostRemovePartAsync(string part, bool confirm, CancellationToken cancellationToken) =>
        RemoveAsync("RemovePart", part ?? "", new RemovePartEdit(Name, part ?? ""), confirm, cancellationToken);

    public Task<IActionResult> OnPostAddFieldAsync(string fieldName, string kind, string fieldDisplayName, CancellationToken cancellationToken) =>
        ApplyAsync(new AddFieldEdit(Name, (fieldName ?? "").Trim(), kind ?? "", fieldDisplayName ?? ""), t["Field {0} added.", fieldName ?? ""], cancellationToken);

    public Task<IActionResult> OnPostMoveFieldAsync(string field, int offset, CancellationToken cancellationToken) =>
        ApplyAsync(new MoveFieldEdit(Name, field ?? "", offset), t["Order saved."], cancellationToken);

    public Task<IActionResult> OnPostRemoveFieldAsync(string field, bool confirm, CancellationToken cancellationToken) =>
        RemoveAsync("RemoveField", field ?? "", new RemoveFieldEdit(Name, field ?? ""), confirm, cancellationToken);

    private async Task<IActionResult> RemoveAsync(string handler, string name, DefinitionEdit edit, bool confirm, CancellationToken cancellationToken)
    {
        if (confirm)
        {
            return await ApplyAsync(edit, t["{0} removed.", name], cancellationToken);
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var preview = await editor.PreviewAsync(edit, cancellationToken);
        if (preview.Problem is { } problem)
        {
            ModelState.AddModelError(problem.Field, t[problem.Message]);
            return Page();
        }

        PendingRemoval = (handler, name, preview);
        return Page();
    }

    private async Task<IActionResult> ApplyAsync(DefinitionEdit edit, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.ApplyAsync(edit, User.Identity?.Name, cancellationToken);
        if (result.Problem is { } problem)
        {
            ModelState.AddModelError(problem.Field, t[problem.Message]);
            return Page();
        }

        TempData["Notice"] = notice + " " + Effect(result);
        return Redirect($"/admin/types/{Name}");
    }

    public string Effect(DefinitionEditResult result) => result.Impact switch
    {
        DefinitionImpact.AddsEmpty => t["The {0} existing items get it empty.", result.ExistingItems],
        DefinitionImpact.HidesValues => t["Their values in the {0} existing items stay in the stored versions but are no longer shown, edited, searched or served; adding it back shows them again.", result.ExistingItems],
        DefinitionImpact.RequiresValues => t["Existing items without a value (of {0}) must get one at their next save.", result.ExistingItems],
        _ => t["Nothing changes for the {0} existing items.", result.ExistingItems],
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (snapshot.GetType(Name) is not { } type)
        {
            return false;
        }

        Type = type;
        Fields = snapshot.GetPart(type.Name)?.ContentPartFieldDefinitionRecords ?? [];
        AvailableParts = [.. BuiltInPartNames.All.Concat(snapshot.Document.ContentParts.Select(p => p.Name))
            .Where(p => type.ContentTypePartDefinitionRecords.All(r => r.Name != p) && snapshot.GetType(p) is null).Order(StringComparer.Ordinal)];
        return true;
    }
}
