using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Admin;
using EduHub.Core.Metadata;
using EduHub.Core.Metadata.Editing;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Types;

/// <summary>A field's settings. Making a field required first shows how many items it concerns and asks to confirm.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageContentDefinitions)]
public sealed class FieldModel(ContentDefinitionManager definitions, ContentDefinitionEditor editor, IStringLocalizer<TypesText> t) : PageModel
{
    [FromRoute]
    public string Name { get; set; } = "";

    [FromRoute]
    public string Field { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string? Hint { get; set; }

    [BindProperty]
    public bool Required { get; set; }

    [BindProperty]
    public bool Private { get; set; }

    [BindProperty]
    public string? SettingsJson { get; set; }

    public ContentPartFieldDefinition Definition { get; private set; } = new();

    public DefinitionEditResult? PendingConfirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        DisplayName = Definition.DisplayName;
        Hint = Definition.PartFieldSettings.GetString("Hint") ?? Definition.FieldSettings.GetString("Hint");
        Required = Definition.FieldSettings.GetBool("Required");
        Private = Definition.IsPrivate;
        var specific = (JsonObject)Definition.FieldSettings.DeepClone();
        specific.Remove(nameof(Required));
        specific.Remove(nameof(Hint));
        SettingsJson = specific.Count == 0 ? "" : specific.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var edit = new UpdateFieldEdit(Name, Field, DisplayName, Hint, Required, Private, SettingsJson);
        var preview = await editor.PreviewAsync(edit, cancellationToken);
        if (preview.Problem is { } problem)
        {
            ModelState.AddModelError(problem.Field, t[problem.Message]);
            return Page();
        }

        if (preview.Impact == DefinitionImpact.RequiresValues && preview.ExistingItems > 0 && !confirm)
        {
            PendingConfirmation = preview;
            return Page();
        }

        var result = await editor.ApplyAsync(edit with { }, User.Identity?.Name, cancellationToken);
        if (result.Problem is { } late)
        {
            ModelState.AddModelError(late.Field, t[late.Message]);
            return Page();
        }

        TempData["Notice"] = t["Field {0} saved (definitions version {1}).", Field, result.Version].Value;
        return Redirect($"/admin/types/{Name}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (snapshot.GetType(Name) is null || snapshot.GetPart(Name)?.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == Field) is not { } field)
        {
            return false;
        }

        Definition = field;
        return true;
    }
}
