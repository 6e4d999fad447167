using EduHub.Admin;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Roles;

/// <summary>
/// A role's description and permissions: the global ones grouped by category, and per content type for securable
/// types as a grid (verb × any/own). Permissions not shown (a switched-off module's) are kept as they are.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageRoles)]
public sealed class EditModel(
    EduHubIdentityDbContext db, RoleManager<EduHubRole> roles, RolePermissionCache cache,
    ContentDefinitionManager definitions, IEnumerable<IPermissionProvider> providers, FeatureGate features, IStringLocalizer<UsersText> t) : PageModel
{
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>([RoleNames.Administrator, RoleNames.Anonymous, RoleNames.Authenticated], StringComparer.OrdinalIgnoreCase);

    private readonly PermissionCatalog _catalog = new(definitions, providers, features);

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    public EduHubRole Role { get; private set; } = null!;

    public PermissionCatalog.Contents Catalog { get; private set; } = null!;

    public bool IsBuiltIn => BuiltIn.Contains(Role.Name!);

    public IReadOnlySet<string> Granted { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        Description = Role.Description;
        Granted = await StoredAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        var granted = Permissions.Where(Catalog.Names.Contains).ToHashSet(StringComparer.Ordinal);
        Granted = granted;
        if (Description?.Length > 500)
        {
            ModelState.AddModelError(nameof(Description), t["The description may have at most 500 characters."]);
        }

        if (!await CallerKeepsManageRolesAsync(granted, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, t["You have this role: without these permissions you could no longer manage roles. Keep Manage roles (or Everything)."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = await db.RoleClaims.Where(c => c.RoleId == Role.Id && c.ClaimType == EduHubIdentityDbContext.PermissionClaimType).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(stored.Where(c => c.ClaimValue is not null && Catalog.Names.Contains(c.ClaimValue) && !granted.Contains(c.ClaimValue)));
        var have = stored.Select(c => c.ClaimValue).ToHashSet(StringComparer.Ordinal);
        db.RoleClaims.AddRange(granted.Where(p => !have.Contains(p)).Select(p => new IdentityRoleClaim<string> { RoleId = Role.Id, ClaimType = EduHubIdentityDbContext.PermissionClaimType, ClaimValue = p }));
        Role.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        Role.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        TempData["Notice"] = (string)t["Role {0} saved.", Role.Name!];
        return Redirect($"/admin/roles/{Uri.EscapeDataString(Role.Name!)}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        Granted = await StoredAsync(cancellationToken);
        if (IsBuiltIn)
        {
            ModelState.AddModelError(string.Empty, t["The roles Administrator, Anonymous and Authenticated are part of the site and cannot be deleted."]);
        }
        else if (!await CallerKeepsManageRolesAsync(new HashSet<string>(), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, t["You have this role: without it you could no longer manage roles."]);
        }

        if (!ModelState.IsValid)
        {
            Description = Role.Description;
            return Page();
        }

        await db.UserRoles.Where(ur => ur.RoleId == Role.Id).ExecuteDeleteAsync(cancellationToken);
        await db.RoleClaims.Where(c => c.RoleId == Role.Id).ExecuteDeleteAsync(cancellationToken);
        await roles.DeleteAsync(Role);
        await cache.InvalidateAsync(cancellationToken);
        TempData["Notice"] = (string)t["Role {0} deleted.", Role.Name!];
        return Redirect("/admin/roles");
    }

    public static string CellId(string permission) => "perm-" + permission;

    /// <summary>With this role's permissions replaced by <paramref name="granted"/>, does the caller still manage roles?</summary>
    private async Task<bool> CallerKeepsManageRolesAsync(IReadOnlySet<string> granted, CancellationToken cancellationToken)
    {
        var callerRoles = User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList();
        if (!callerRoles.Contains(Role.Name!, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var others = await cache.PermissionsOfAsync(callerRoles.Where(r => !string.Equals(r, Role.Name, StringComparison.OrdinalIgnoreCase)).Append(RoleNames.Authenticated), cancellationToken);
        return others.Contains(CorePermissions.ManageRoles) || others.Contains(CorePermissions.SiteOwner)
            || granted.Contains(CorePermissions.ManageRoles) || granted.Contains(CorePermissions.SiteOwner);
    }

    private async Task<IReadOnlySet<string>> StoredAsync(CancellationToken cancellationToken) =>
        (await db.RoleClaims.AsNoTracking().Where(c => c.RoleId == Role.Id && c.ClaimType == EduHubIdentityDbContext.PermissionClaimType)
            .Select(c => c.ClaimValue!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return false;
        }

        Role = role;
        Catalog = await _catalog.BuildAsync(cancellationToken);
        return true;
    }
}
