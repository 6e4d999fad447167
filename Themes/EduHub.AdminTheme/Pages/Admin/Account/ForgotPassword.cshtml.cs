using System.ComponentModel.DataAnnotations;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>Asks for a reset link by e-mail. The answer is the same whether or not the address has an account (no user enumeration).</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t) : PageModel
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email.Trim();
        if (email.Length == 0)
        {
            ModelState.AddModelError(nameof(Email), t["Enter the e-mail address of your account."]);
        }
        else if (!AccountInput.IsEmail(email))
        {
            ModelState.AddModelError(nameof(Email), t["Enter a valid e-mail address."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Disabled accounts get no link: they could not sign in with the new password anyway.
        if (await users.FindByEmailAsync(email) is { IsEnabled: true } user)
        {
            await PasswordLinks.SendResetAsync(users, sender, t, Request, user, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
