using System.ComponentModel.DataAnnotations;
using EduHub.Admin;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Messaging;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Users;

/// <summary>
/// E-mail, roles, enabled, organisation and school of one user. Nobody locks themselves (or the site) out:
/// you cannot disable yourself or take away your own right to manage users, and the last enabled
/// administrator stays one.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageUsers)]
public sealed class EditModel(
    UserManager<EduHubUser> users, SignInManager<EduHubUser> signIn, EduHubIdentityDbContext db, RolePermissionCache permissions, ContentCallerAccessor callers, IEmailSender sender,
    ContentDefinitionManager definitions, ContentQueryService queries, ContentManager contents,
    IStringLocalizer<UsersText> t, IStringLocalizer<AccountText> accountText) : PageModel
{
    private readonly UserLinks _links = new(definitions, queries, contents);

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public bool IsEnabled { get; set; }

    [BindProperty]
    public string? OrganizationContentItemId { get; set; }

    [BindProperty]
    public string? SchoolContentItemId { get; set; }

    public EduHubUser Account { get; private set; } = null!;

    public bool IsSelf { get; private set; }

    public bool HasPassword { get; private set; }

    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public IReadOnlyList<UserLinks.Choice>? Organizations { get; private set; }

    public IReadOnlyList<UserLinks.Choice>? Schools { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Email = Account.Email ?? "";
        Roles = [.. await users.GetRolesAsync(Account)];
        IsEnabled = Account.IsEnabled;
        OrganizationContentItemId = Account.OrganizationContentItemId;
        SchoolContentItemId = Account.SchoolContentItemId;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var email = Email.Trim();
        var roles = RoleChoices.Pick(Roles, AssignableRoles);
        var organization = string.IsNullOrWhiteSpace(OrganizationContentItemId) ? null : OrganizationContentItemId.Trim();
        var school = string.IsNullOrWhiteSpace(SchoolContentItemId) ? null : SchoolContentItemId.Trim();
        await ValidateAsync(email, roles, organization, school, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var disabling = Account.IsEnabled && !IsEnabled;
        if (!string.Equals(Account.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            Account.Email = email;
            Account.EmailConfirmed = false;
        }

        Account.IsEnabled = IsEnabled;
        Account.OrganizationContentItemId = organization;
        Account.SchoolContentItemId = school;
        var updated = await users.UpdateAsync(Account);
        if (!updated.Succeeded)
        {
            foreach (var error in updated.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(Email) : string.Empty, PasswordRules.Describe(error, users.Options, accountText));
            }

            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var current = await users.GetRolesAsync(Account);
        var removed = current.Where(r => !roles.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var added = roles.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (removed.Count > 0)
        {
            await users.RemoveFromRolesAsync(Account, removed);
        }

        if (added.Count > 0)
        {
            await users.AddToRolesAsync(Account, added);
        }

        if (disabling)
        {
            // A new stamp: the user's sign-in cookie fails its next check (at most a minute) and Basic sign-in refuses them now.
            await users.UpdateSecurityStampAsync(Account);
        }

        if (IsSelf)
        {
            await signIn.RefreshSignInAsync(Account);
        }

        TempData["Notice"] = (string)t["User {0} saved.", Account.UserName!];
        return Redirect($"/admin/users/{Account.Id}");
    }

    /// <summary>Sends a set-password link: an invitation when the user has no password yet, else a reset link.</summary>
    public async Task<IActionResult> OnPostSendLinkAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(Account.Email) || !Account.IsEnabled)
        {
            TempData["Notice"] = (string)t["No link was sent: the user has no e-mail address or is disabled."];
            return Redirect($"/admin/users/{Account.Id}");
        }

        if (HasPassword)
        {
            await PasswordLinks.SendResetAsync(users, sender, accountText, Request, Account, cancellationToken);
        }
        else
        {
            await PasswordLinks.SendInviteAsync(users, sender, accountText, Request, Account, cancellationToken);
        }

        TempData["Notice"] = (string)t["A link to choose a password was sent to {0}.", Account.Email];
        return Redirect($"/admin/users/{Account.Id}");
    }

    private async Task ValidateAsync(string email, IReadOnlyList<string> roles, string? organization, string? school, CancellationToken cancellationToken)
    {
        if (email.Length == 0)
        {
            ModelState.AddModelError(nameof(Email), t["Enter an e-mail address: it receives the invitation and password links."]);
        }
        else if (!AccountInput.IsEmail(email))
        {
            ModelState.AddModelError(nameof(Email), t["Enter a valid e-mail address."]);
        }
        else if (await users.FindByEmailAsync(email) is { } other && other.Id != Account.Id)
        {
            ModelState.AddModelError(nameof(Email), t["Another account already uses this e-mail address."]);
        }

        // An unchanged link is kept even when the caller cannot see the item (a pending partner's draft organisation).
        if (organization is not null && organization != Account.OrganizationContentItemId && await _links.FindAsync(UserLinks.OrganizationType, organization, cancellationToken) is null)
        {
            ModelState.AddModelError(nameof(OrganizationContentItemId), t["Choose an existing partner organisation."]);
        }

        if (school is not null && school != Account.SchoolContentItemId && await _links.FindAsync(UserLinks.SchoolType, school, cancellationToken) is null)
        {
            ModelState.AddModelError(nameof(SchoolContentItemId), t["Choose an existing school."]);
        }

        if (IsSelf && !IsEnabled)
        {
            ModelState.AddModelError(nameof(IsEnabled), t["You cannot disable your own account."]);
        }

        if (IsSelf)
        {
            var after = await permissions.PermissionsOfAsync(roles.Append(RoleNames.Authenticated), cancellationToken);
            if (!after.Contains(CorePermissions.ManageUsers) && !after.Contains(CorePermissions.SiteOwner))
            {
                ModelState.AddModelError(nameof(Roles), t["With these roles you could no longer manage users. Keep a role that allows it."]);
            }
        }

        var current = await users.GetRolesAsync(Account);
        var added = roles.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase));
        foreach (var role in await RoleChoices.BeyondCallerAsync(added, await callers.GetAsync(cancellationToken), permissions, cancellationToken))
        {
            ModelState.AddModelError(nameof(Roles), t["You cannot give the role {0}: it has permissions you do not have.", t[role]]);
        }

        var wasAdministrator = Account.IsEnabled && await users.IsInRoleAsync(Account, RoleNames.Administrator);
        var staysAdministrator = IsEnabled && roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase);
        if (wasAdministrator && !staysAdministrator
            && !(await users.GetUsersInRoleAsync(RoleNames.Administrator)).Any(u => u.IsEnabled && u.Id != Account.Id))
        {
            ModelState.AddModelError(!IsEnabled ? nameof(IsEnabled) : nameof(Roles),
                t["This is the last enabled administrator: make another user an administrator first."]);
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        IsSelf = users.GetUserId(User) == account.Id;
        HasPassword = await users.HasPasswordAsync(account);
        AssignableRoles = await RoleChoices.AssignableAsync(db, cancellationToken);
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Organizations = await _links.IsDefinedAsync(UserLinks.OrganizationType, cancellationToken)
            ? await _links.ChoicesAsync(UserLinks.OrganizationType, OrganizationContentItemId, cancellationToken)
            : null;
        Schools = await _links.IsDefinedAsync(UserLinks.SchoolType, cancellationToken)
            ? await _links.ChoicesAsync(UserLinks.SchoolType, SchoolContentItemId, cancellationToken)
            : null;
    }
}
