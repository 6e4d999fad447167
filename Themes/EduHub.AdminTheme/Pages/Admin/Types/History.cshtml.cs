using EduHub.Admin;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.AdminTheme.Pages.Admin.Types;

/// <summary>Every change to the definitions is a new version: when, and by whom (recipes show as "recipe").</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageContentDefinitions)]
public sealed class HistoryModel(ContentDefinitionManager definitions) : PageModel
{
    public IReadOnlyList<DefinitionVersion> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Versions = await definitions.HistoryAsync(200, cancellationToken);
}
