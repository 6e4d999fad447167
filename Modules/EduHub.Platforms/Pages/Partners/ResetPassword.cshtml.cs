using System.ComponentModel.DataAnnotations;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>Chooses a new password from an e-mailed link. An expired, used or tampered link changes nothing and says so.</summary>
public sealed class ResetPasswordModel(UserManager<EduHubUser> users, IStringLocalizer<PartnersText> t) : PartnerAreaPageModel
{
    [BindProperty(SupportsGet = true), DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true), DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NewPassword { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ConfirmPassword { get; set; } = "";

    public bool LinkInvalid { get; private set; }

    public async Task OnGetAsync() => LinkInvalid = await FindUserWithValidTokenAsync() is null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindUserWithValidTokenAsync() is not { } user)
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

        var result = await users.ResetPasswordAsync(user, PasswordResetCodes.Decode(Code), NewPassword);
        if (!result.Succeeded)
        {
            LinkInvalid = result.Errors.Any(e => e.Code == "InvalidToken");
            foreach (var error in result.Errors.Where(e => e.Code != "InvalidToken"))
            {
                ModelState.AddModelError(nameof(NewPassword), error.Code.StartsWith("Password", StringComparison.Ordinal)
                    ? t["The password must have at least {0} characters, with upper- and lower-case letters and a digit.", users.Options.Password.RequiredLength]
                    : error.Description);
            }

            return Page();
        }

        // The link came through the mailbox: the address is confirmed, and a lock-out from guessing ends with the new password.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Notice"] = (string)t["Your password has been set. Sign in with it now."];
        return Redirect(AreaUrl("signin"));
    }

    private async Task<EduHubUser?> FindUserWithValidTokenAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code) || await users.FindByIdAsync(UserId) is not { IsEnabled: true } user)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<EduHubUser>.ResetPasswordTokenPurpose, PasswordResetCodes.Decode(Code));
        return valid ? user : null;
    }
}
