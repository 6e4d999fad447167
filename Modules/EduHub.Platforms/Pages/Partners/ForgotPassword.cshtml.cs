using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using EduHub.Platforms.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// Asks for a reset link by e-mail. The request is recorded in the outbox for any address and the answer is the
/// same (no user enumeration, see <see cref="PartnerPasswordResetMail"/>); requests are limited per address and per
/// client with the admin's settings (<c>EduHub:Accounts:PasswordResetsPerHourPerAddress</c>, <c>...PerClient</c>).
/// </summary>
public sealed class ForgotPasswordModel(Outbox outbox, AttemptLimiter limiter, IConfiguration configuration, IStringLocalizer<PartnersText> t) : PartnerAreaPageModel
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public bool Limited { get; private set; }

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

        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire("password-reset:client:" + client, configuration.GetValue("EduHub:Accounts:PasswordResetsPerHourPerClient", 20), Window)
            || !limiter.TryAcquire("password-reset:address:" + email.ToUpperInvariant(), configuration.GetValue("EduHub:Accounts:PasswordResetsPerHourPerAddress", 3), Window))
        {
            Limited = true;
            Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var limited = Page();
            limited.StatusCode = StatusCodes.Status429TooManyRequests;
            return limited;
        }

        // The host comes from the request, which the host filter (AllowedHosts) restricts to the site's own names.
        await outbox.EnqueueAsync(PartnerPasswordResetMail.MessageKind, PartnerPasswordResetMail.Payload(email, Culture, $"{Request.Scheme}://{Request.Host}{Request.PathBase}"), cancellationToken);
        Sent = true;
        return Page();
    }
}
