using System.ComponentModel.DataAnnotations;
using EduHub.AdminTheme.Accounts;
using EduHub.AdminTheme.Security;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>The second step of signing in for accounts with two-factor sign-in: a code from the app, or a recovery code.</summary>
[AllowAnonymous]
public sealed class TwoFactorModel(SignInManager<EduHubUser> signIn, IStringLocalizer<AccountText> t) : PageModel
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The first step (password) was not done, or too long ago.
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        var digits = AccountInput.NormalizeCode(Code);
        if (digits.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), t["Enter the code from your authenticator app or a recovery code."]);
            return Page();
        }

        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, RememberMe, RememberMachine)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim());
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl.For(ReturnUrl, Url));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? t["Too many wrong codes: the account is locked for 15 minutes."]
            : t["This code is not valid. Type the current code from the app (a new one appears every 30 seconds) or an unused recovery code."]);
        return Page();
    }
}
