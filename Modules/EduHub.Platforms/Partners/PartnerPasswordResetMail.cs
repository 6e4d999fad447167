using EduHub.Core.Messaging;
using EduHub.Core.Security;
using EduHub.Core.Security.PasswordResets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Partners;

/// <summary>
/// Sends the reset link asked for on the partner area's forgot-password page, from the outbox worker as the admin
/// does (see <see cref="PasswordResetMailHandler"/>). The link leads back to the partner area in the language the
/// page was shown in.
/// </summary>
internal sealed class PartnerPasswordResetMail(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<PartnersText> t) : PasswordResetMailHandler(users)
{
    public const string MessageKind = "partners.password-reset";

    public override string Kind => MessageKind;

    protected override async Task SendAsync(EduHubUser user, PasswordResetRequest request, CancellationToken cancellationToken)
    {
        var link = $"{request.SiteUrl}/partners/{request.Culture}/reset-password{await PasswordResetLinks.IssueQueryAsync(Users, user)}";
        var text = string.Join("\n\n",
            t["Someone (hopefully you) asked to reset the password of the EduHub partner account \"{0}\".", user.UserName!],
            t["Choose a new password here (the link works for 2 hours and only once):"] + "\n" + link,
            t["If you did not ask for this, ignore this e-mail: your password stays as it is."]);
        await sender.SendAsync(new EmailMessage([user.Email!], t["Reset your EduHub password"], text), cancellationToken);
    }
}
