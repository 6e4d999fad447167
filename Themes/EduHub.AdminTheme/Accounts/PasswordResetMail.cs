using EduHub.Core.Messaging;
using EduHub.Core.Security;
using EduHub.Core.Security.PasswordResets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// Sends the reset link asked for on the forgot-password page, from the outbox worker (see
/// <see cref="PasswordResetMailHandler"/>): the same mail an administrator sends from the user's page.
/// </summary>
internal sealed class PasswordResetMail(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t) : PasswordResetMailHandler(users)
{
    public const string MessageKind = "account.password-reset";

    public override string Kind => MessageKind;

    protected override Task SendAsync(EduHubUser user, PasswordResetRequest request, CancellationToken cancellationToken) =>
        PasswordLinks.SendResetAsync(Users, sender, t, request.SiteUrl, user, cancellationToken);
}
