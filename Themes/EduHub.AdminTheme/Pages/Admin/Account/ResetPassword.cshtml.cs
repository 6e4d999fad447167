using System.ComponentModel.DataAnnotations;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Security;
using EduHub.Core.Security.PasswordResets;
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
        LinkInvalid = await PasswordResetLinks.FindUserAsync(users, UserId, Code) is null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await PasswordResetForm.SubmitAsync(users, UserId, Code, NewPassword, ConfirmPassword, ModelState, t);
        LinkInvalid = outcome.LinkInvalid;
        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(PasswordRules.IsPasswordError(error) ? nameof(NewPassword) : string.Empty, PasswordRules.Describe(error, identity.Value, t));
        }

        if (!outcome.Succeeded)
        {
            return Page();
        }

        TempData["Notice"] = (string)t["Your password has been set. Sign in with it now."];
        return RedirectToPage("SignIn");
    }
}
