using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>
/// Asks for a reset link by e-mail. The page records the request in the outbox for any address and answers at
/// once: the worker looks the account up and sends the mail (see <see cref="PasswordResetMail"/>), so neither
/// the answer nor its timing tells whether the address has an account. Requests are limited per address and
/// per client (<c>EduHub:Accounts:PasswordResetsPerHourPerAddress</c>, default 3, and
/// <c>...PerHourPerClient</c>, default 20) so the page cannot be used to flood someone's mailbox.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(Outbox outbox, AttemptLimiter limiter, IConfiguration configuration, IStringLocalizer<AccountText> t) : PageModel
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

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

        await outbox.EnqueueAsync(PasswordResetMail.MessageKind, PasswordResetMail.Payload(email, CultureInfo.CurrentUICulture.Name, PasswordLinks.SiteUrl(Request)), cancellationToken);
        Sent = true;
        return Page();
    }
}
