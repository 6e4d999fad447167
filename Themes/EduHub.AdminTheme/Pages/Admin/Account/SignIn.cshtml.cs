using System.ComponentModel.DataAnnotations;
using EduHub.AdminTheme.Security;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<EduHubUser> signIn, IStringLocalizer<AdminText> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your user name.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, RememberMe, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl, RememberMe });
        }

        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl.For(ReturnUrl, Url));
        }

        // One message for every failure (unknown user, wrong password, locked, disabled): no user enumeration.
        ModelState.AddModelError(string.Empty, t["Sign-in failed. Check your user name and password. After several failed attempts the account is locked for 15 minutes."]);
        return Page();
    }
}
