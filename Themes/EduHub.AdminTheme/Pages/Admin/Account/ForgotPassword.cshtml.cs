using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Security.PasswordResets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>
/// Asks for a reset link by e-mail (<see cref="PasswordResetRequests"/>: answered alike for any address, limited per
/// address and per client). The worker sends the mail (<see cref="PasswordResetMail"/>) in the page's language.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordResetRequests requests, IStringLocalizer<AccountText> t) : PageModel
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public bool Limited { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await requests.SubmitAsync(Email, PasswordResetMail.MessageKind, CultureInfo.CurrentUICulture.Name, HttpContext, ModelState, t, cancellationToken);
        Sent = outcome == PasswordResetRequestOutcome.Recorded;
        Limited = outcome == PasswordResetRequestOutcome.Limited;
        return Page();
    }
}
