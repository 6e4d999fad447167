using System.ComponentModel.DataAnnotations;
using EduHub.Core.Security.PasswordResets;
using EduHub.Platforms.Partners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// Asks for a reset link by e-mail, through the flow the admin's page uses (<see cref="PasswordResetRequests"/>: no
/// user enumeration, the admin's limits, counted with the admin's requests). The mail
/// (<see cref="PartnerPasswordResetMail"/>) is in the URL's culture and links back to the partner area.
/// </summary>
public sealed class ForgotPasswordModel(PasswordResetRequests requests, IStringLocalizer<PartnersText> t) : PartnerAreaPageModel
{
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public bool Limited { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await requests.SubmitAsync(Email, PartnerPasswordResetMail.MessageKind, Culture, HttpContext, ModelState, t, cancellationToken);
        Sent = outcome == PasswordResetRequestOutcome.Recorded;
        Limited = outcome == PasswordResetRequestOutcome.Limited;
        return Page();
    }
}
