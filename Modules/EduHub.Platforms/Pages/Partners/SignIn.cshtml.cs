using System.ComponentModel.DataAnnotations;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// Partner sign-in with the site's Identity cookie. One message for every failure (unknown user, wrong password,
/// locked), so the page does not tell which user names exist; only the right password of an account whose
/// organisation is still awaiting approval is told so. Failed attempts count towards the lockout.
/// </summary>
public sealed class SignInModel(SignInManager<EduHubUser> signIn, IStringLocalizer<PartnersText> t) : PartnerAreaPageModel
{
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserName { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Pending { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (UserName.Trim().Length == 0)
        {
            ModelState.AddModelError(nameof(UserName), t["Enter your user name."]);
        }

        if (Password.Length == 0)
        {
            ModelState.AddModelError(nameof(Password), t["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.Within(ReturnUrl, Area, AreaUrl()));
        }

        if (result.IsNotAllowed && await IsPendingWithRightPasswordAsync())
        {
            Pending = true;
            return Page();
        }

        ModelState.AddModelError(string.Empty, result.RequiresTwoFactor
            ? t["This account uses two-factor sign-in: sign in through the EduHub admin sign-in page."]
            : t["Sign-in failed. Check your user name and password. After several failed attempts the account is locked for 15 minutes."]);
        Password = "";
        return Page();
    }

    /// <summary>
    /// Identity refuses a disabled account before it looks at the password: the password is checked here, and a
    /// wrong one counts as a failed attempt like any other, so the answer still depends on knowing the password.
    /// </summary>
    private async Task<bool> IsPendingWithRightPasswordAsync()
    {
        var users = signIn.UserManager;
        if (await users.FindByNameAsync(UserName.Trim()) is not { IsEnabled: false } user || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!await users.CheckPasswordAsync(user, Password))
        {
            await users.AccessFailedAsync(user);
            return false;
        }

        return !string.IsNullOrEmpty(user.OrganizationContentItemId);
    }
}
