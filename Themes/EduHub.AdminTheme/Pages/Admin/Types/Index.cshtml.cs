using EduHub.Admin;
using EduHub.Core.Metadata;
using EduHub.Core.Metadata.Editing;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Types;

/// <summary>The content types, and a form to create one.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageContentDefinitions)]
public sealed class IndexModel(ContentDefinitionManager definitions, ContentDefinitionEditor editor, IStringLocalizer<TypesText> t) : PageModel
{
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public long Version { get; private set; }

    [BindProperty]
    public string TypeName { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await editor.ApplyAsync(new CreateTypeEdit(TypeName.Trim(), DisplayName), User.Identity?.Name, cancellationToken);
        if (result.Problem is { } problem)
        {
            ModelState.AddModelError(problem.Field, t[problem.Message]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = t["The type {0} was created (definitions version {1}).", TypeName.Trim(), result.Version].Value;
        return Redirect($"/admin/types/{TypeName.Trim()}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        Version = snapshot.Version;
        Types = [.. snapshot.Types.OrderBy(x => x.DisplayName ?? x.Name, StringComparer.CurrentCulture)];
    }
}
