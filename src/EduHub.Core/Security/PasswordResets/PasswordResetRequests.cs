using System.Globalization;
using EduHub.Core.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>
/// The post of a forgot-password form, the same in the admin and the partner area. Any well-formed address is
/// recorded in the outbox and answered alike: the mail handler looks the account up (see
/// <see cref="PasswordResetMailHandler"/>), so neither the answer nor its timing tells whether the address has an
/// account. Requests are limited per address and per client (<c>EduHub:Accounts:PasswordResetsPerHourPerAddress</c>,
/// default 3, and <c>...PerHourPerClient</c>, default 20), counted over both forms together, so neither can be used to
/// flood someone's mailbox.
/// </summary>
public sealed class PasswordResetRequests(Outbox outbox, AttemptLimiter limiter, IConfiguration configuration)
{
    public const string EmailField = "Email";

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <param name="messageKind">The outbox kind of the side's <see cref="PasswordResetMailHandler"/>.</param>
    /// <param name="culture">The language of the mail, and of the page its link opens.</param>
    /// <param name="t">The side's texts for the messages on its <c>Email</c> field.</param>
    public async Task<PasswordResetRequestOutcome> SubmitAsync(
        string typedEmail, string messageKind, string culture, HttpContext http, ModelStateDictionary modelState, IStringLocalizer t, CancellationToken cancellationToken)
    {
        var email = typedEmail.Trim();
        if (email.Length == 0)
        {
            modelState.AddModelError(EmailField, t["Enter the e-mail address of your account."]);
        }
        else if (!EmailAddresses.IsValid(email))
        {
            modelState.AddModelError(EmailField, t["Enter a valid e-mail address."]);
        }

        if (!modelState.IsValid)
        {
            return PasswordResetRequestOutcome.FormInvalid;
        }

        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire("password-reset:client:" + client, configuration.GetValue("EduHub:Accounts:PasswordResetsPerHourPerClient", 20), Window)
            || !limiter.TryAcquire("password-reset:address:" + email.ToUpperInvariant(), configuration.GetValue("EduHub:Accounts:PasswordResetsPerHourPerAddress", 3), Window))
        {
            http.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return PasswordResetRequestOutcome.Limited;
        }

        var request = new PasswordResetRequest(email, culture, PasswordResetLinks.SiteUrl(http.Request));
        await outbox.EnqueueAsync(messageKind, request.ToPayload(), cancellationToken);
        return PasswordResetRequestOutcome.Recorded;
    }
}
