using System.ComponentModel.DataAnnotations;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>
/// Chooses a new password from an e-mailed link (forgotten password or invitation). An expired, used or tampered
/// link changes nothing and says so.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<EduHubUser> users, IOptions<IdentityOptions> identity, IStringLocalizer<AccountText> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Invite { get; set; }

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ConfirmPassword { get; set; } = "";

    public bool LinkInvalid { get; private set; }

    public string PasswordHint => PasswordRules.Hint(identity, t);

    public async Task OnGetAsync()
    {
        LinkInvalid = await FindUserWithValidTokenAsync() is null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserWithValidTokenAsync();
        if (user is null)
        {
            LinkInvalid = true;
            return Page();
        }

        if (NewPassword.Length == 0)
        {
            ModelState.AddModelError(nameof(NewPassword), t["Enter a new password."]);
        }
        else if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), t["The two passwords are not the same."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, PasswordLinks.DecodeCode(Code), NewPassword);
        if (!result.Succeeded)
        {
            LinkInvalid = result.Errors.Any(e => e.Code == "InvalidToken");
            foreach (var error in result.Errors.Where(e => e.Code != "InvalidToken"))
            {
                ModelState.AddModelError(PasswordRules.IsPasswordError(error) ? nameof(NewPassword) : string.Empty, PasswordRules.Describe(error, identity.Value, t));
            }

            return Page();
        }

        // The link came through the mailbox: the address is confirmed, and a lock-out from guessing ends with the new password.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Notice"] = (string)t["Your password has been set. Sign in with it now."];
        return RedirectToPage("SignIn");
    }

    private async Task<EduHubUser?> FindUserWithValidTokenAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code) || await users.FindByIdAsync(UserId) is not { IsEnabled: true } user)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<EduHubUser>.ResetPasswordTokenPurpose, PasswordLinks.DecodeCode(Code));
        return valid ? user : null;
    }
}
