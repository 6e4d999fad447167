using System.ComponentModel.DataAnnotations;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>Asks for a reset link by e-mail. The answer is the same whether or not the address has an account (no user enumeration).</summary>
public sealed class ForgotPasswordModel(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<PartnersText> t) : PartnerAreaPageModel
{
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
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
        else if (!EmailAddresses.IsValid(email))
        {
            ModelState.AddModelError(nameof(Email), t["Enter a valid e-mail address."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Disabled (pending) accounts get no link: they could not sign in with the new password anyway.
        if (await users.FindByEmailAsync(email) is { IsEnabled: true } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var query = QueryString.Create("userId", user.Id).Add("code", PasswordResetCodes.Encode(token));
            // The host comes from the request, which the host filter (AllowedHosts) restricts to the site's own names.
            var link = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{AreaUrl("reset-password")}{query}";
            var text = string.Join("\n\n",
                t["Someone (hopefully you) asked to reset the password of the EduHub partner account \"{0}\".", user.UserName!],
                t["Choose a new password here (the link works for 2 hours and only once):"] + "\n" + link,
                t["If you did not ask for this, ignore this e-mail: your password stays as it is."]);
            await sender.SendAsync(new EmailMessage([user.Email!], t["Reset your EduHub password"], text), cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
