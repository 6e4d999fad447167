using EduHub.Admin;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EduHub.AdminTheme.Pages.Admin.Roles;

/// <summary>The roles with their description, how many users have each and how many permissions it grants.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageRoles)]
public sealed class IndexModel(EduHubIdentityDbContext db) : PageModel
{
    public sealed record Row(string Name, string? Description, int Users, int Permissions);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await db.Roles.AsNoTracking()
            .OrderBy(r => r.NormalizedName)
            .Select(r => new Row(
                r.Name!,
                r.Description,
                db.UserRoles.Count(ur => ur.RoleId == r.Id),
                db.RoleClaims.Count(c => c.RoleId == r.Id && c.ClaimType == EduHubIdentityDbContext.PermissionClaimType)))
            .ToListAsync(cancellationToken);
    }
}
