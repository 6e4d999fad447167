using System.ComponentModel.DataAnnotations;
using EduHub.Admin;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduHub.AdminTheme.Pages.Admin.Users;

/// <summary>Creates a user with a password, or invites them: no password, and an e-mail with a link to choose one.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageUsers)]
public sealed class CreateModel(
    UserManager<EduHubUser> users, EduHubIdentityDbContext db, RolePermissionCache permissions, ContentCallerAccessor callers, IEmailSender sender, TimeProvider clock, IOptions<IdentityOptions> identity,
    IStringLocalizer<UsersText> t, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserName { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Password { get; set; } = "";

    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public string PasswordHint => PasswordRules.Hint(identity, accountText);

    public async Task OnGetAsync(CancellationToken cancellationToken) => AssignableRoles = await RoleChoices.AssignableAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        AssignableRoles = await RoleChoices.AssignableAsync(db, cancellationToken);
        var (userName, email) = (UserName.Trim(), Email.Trim());
        if (userName.Length == 0)
        {
            ModelState.AddModelError(nameof(UserName), t["Enter a user name."]);
        }

        if (email.Length == 0)
        {
            ModelState.AddModelError(nameof(Email), t["Enter an e-mail address: it receives the invitation and password links."]);
        }
        else if (!AccountInput.IsEmail(email))
        {
            ModelState.AddModelError(nameof(Email), t["Enter a valid e-mail address."]);
        }

        var roles = RoleChoices.Pick(Roles, AssignableRoles);
        foreach (var role in await RoleChoices.BeyondCallerAsync(roles, await callers.GetAsync(cancellationToken), permissions, cancellationToken))
        {
            ModelState.AddModelError(nameof(Roles), t["You cannot give the role {0}: it has permissions you do not have.", t[role]]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new EduHubUser { UserName = userName, Email = email, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var invite = Password.Length == 0;
        var created = invite ? await users.CreateAsync(user) : await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code switch
                {
                    "DuplicateUserName" or "InvalidUserName" => nameof(UserName),
                    "DuplicateEmail" or "InvalidEmail" => nameof(Email),
                    _ => PasswordRules.IsPasswordError(error) ? nameof(Password) : string.Empty,
                };
                ModelState.AddModelError(field, PasswordRules.Describe(error, identity.Value, accountText));
            }

            return Page();
        }

        if (roles.Count > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        if (invite)
        {
            await PasswordLinks.SendInviteAsync(users, sender, accountText, Request, user, cancellationToken);
            TempData["Notice"] = (string)t["User {0} created. An invitation to choose a password was sent to {1}.", user.UserName, user.Email];
        }
        else
        {
            TempData["Notice"] = (string)t["User {0} created.", user.UserName];
        }

        return Redirect($"/admin/users/{user.Id}");
    }
}
