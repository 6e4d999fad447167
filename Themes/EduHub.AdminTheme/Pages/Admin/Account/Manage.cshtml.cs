using System.ComponentModel.DataAnnotations;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>The signed-in user's own account: change the password, see and switch off two-factor sign-in.</summary>
public sealed class ManageModel(UserManager<EduHubUser> users, SignInManager<EduHubUser> signIn, IOptions<IdentityOptions> identity, IStringLocalizer<AccountText> t) : PageModel
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? NewPassword { get; set; }

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? ConfirmPassword { get; set; }

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? DisablePassword { get; set; }

    public EduHubUser Account { get; private set; } = null!;

    public bool TwoFactorEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string PasswordHint => PasswordRules.Hint(identity, t);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        // Each form posts only its own fields (nullable: a field of the other form is simply absent, not "required").
        var (current, password, confirm) = (CurrentPassword ?? "", NewPassword ?? "", ConfirmPassword ?? "");
        if (current.Length == 0)
        {
            ModelState.AddModelError(nameof(CurrentPassword), t["Enter your current password."]);
        }

        if (password.Length == 0)
        {
            ModelState.AddModelError(nameof(NewPassword), t["Enter a new password."]);
        }
        else if (password != confirm)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), t["The two passwords are not the same."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(Account, current, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : PasswordRules.IsPasswordError(error) ? nameof(NewPassword) : string.Empty;
                ModelState.AddModelError(field, PasswordRules.Describe(error, identity.Value, t));
            }

            return Page();
        }

        // The security stamp changed (other sessions end within a minute): this session gets a fresh cookie.
        await signIn.RefreshSignInAsync(Account);
        TempData["Notice"] = (string)t["Your password has been changed."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (string.IsNullOrEmpty(DisablePassword) || !await users.CheckPasswordAsync(Account, DisablePassword))
        {
            ModelState.AddModelError(nameof(DisablePassword), t["Enter your current password to switch two-factor sign-in off."]);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(Account, false);
        // A new key next time: the old one may be on a lost phone.
        await users.ResetAuthenticatorKeyAsync(Account);
        await signIn.RefreshSignInAsync(Account);
        TempData["Notice"] = (string)t["Two-factor sign-in is off."];
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return false;
        }

        Account = account;
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(account);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(account) : 0;
        return true;
    }
}
