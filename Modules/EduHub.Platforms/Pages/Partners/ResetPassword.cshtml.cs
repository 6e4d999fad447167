using System.ComponentModel.DataAnnotations;
using EduHub.Core.Security;
using EduHub.Core.Security.PasswordResets;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// Chooses a new password from an e-mailed link, through the flow the admin's page uses (<see cref="PasswordResetForm"/>):
/// an expired, used or tampered link changes nothing and says so.
/// </summary>
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

    public async Task OnGetAsync() => LinkInvalid = await PasswordResetLinks.FindUserAsync(users, UserId, Code) is null;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await PasswordResetForm.SubmitAsync(users, UserId, Code, NewPassword, ConfirmPassword, ModelState, t);
        LinkInvalid = outcome.LinkInvalid;

        // Unlike the admin, which names the rule a password breaks, the partner area states all of its rules at once.
        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(nameof(NewPassword), error.Code.StartsWith("Password", StringComparison.Ordinal)
                ? t["The password must have at least {0} characters, with upper- and lower-case letters and a digit.", users.Options.Password.RequiredLength]
                : error.Description);
        }

        if (!outcome.Succeeded)
        {
            return Page();
        }

        TempData["Notice"] = (string)t["Your password has been set. Sign in with it now."];
        return Redirect(AreaUrl("signin"));
    }
}
