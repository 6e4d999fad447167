using System.Globalization;
using EduHub.Core.Messaging;
using Microsoft.AspNetCore.Identity;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>
/// The outbox half of a forgot-password form (admin or partner area). Looking the account up, making the token and
/// talking to the mail server all happen here, off the request (see <see cref="PasswordResetRequests"/>). Each side
/// writes its own mail, with a link to its own page.
/// </summary>
public abstract class PasswordResetMailHandler(UserManager<EduHubUser> users) : IOutboxHandler
{
    public abstract string Kind { get; }

    protected UserManager<EduHubUser> Users => users;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var request = PasswordResetRequest.Parse(payload);

        // Disabled (or pending) accounts get no link: they could not sign in with the new password anyway.
        if (await users.FindByEmailAsync(request.Email) is not { IsEnabled: true } user)
        {
            return;
        }

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // The e-mail is written in the language the form was shown in.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.Culture);
            await SendAsync(user, request, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Writes the mail in the current UI culture, with a fresh link, and sends it.</summary>
    protected abstract Task SendAsync(EduHubUser user, PasswordResetRequest request, CancellationToken cancellationToken);
}
