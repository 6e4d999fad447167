using EduHub.Core.Messaging;
using EduHub.Core.Security;
using EduHub.Core.Security.PasswordResets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// The admin's set-password mails: a forgotten password and an invitation, both with a link to the admin's
/// reset-password page (see <see cref="PasswordResetLinks"/>).
/// </summary>
public static class PasswordLinks
{
    public const string Path = "/admin/account/reset-password";

    public static Task SendResetAsync(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t, HttpRequest request, EduHubUser user, CancellationToken cancellationToken) =>
        SendResetAsync(users, sender, t, PasswordResetLinks.SiteUrl(request), user, cancellationToken);

    /// <param name="siteUrl">Scheme, host and path base the link starts with (<see cref="PasswordResetLinks.SiteUrl"/> of the asking request).</param>
    public static async Task SendResetAsync(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t, string siteUrl, EduHubUser user, CancellationToken cancellationToken)
    {
        var link = await CreateAsync(users, siteUrl, user, invite: false);
        var text = string.Join("\n\n",
            t["Someone (hopefully you) asked to reset the password of the EduHub account \"{0}\".", user.UserName!],
            t["Choose a new password here (the link works for 2 hours and only once):"] + "\n" + link,
            t["If you did not ask for this, ignore this e-mail: your password stays as it is."]);
        await sender.SendAsync(new EmailMessage([user.Email!], t["Reset your EduHub password"], text), cancellationToken);
    }

    public static async Task SendInviteAsync(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t, HttpRequest request, EduHubUser user, CancellationToken cancellationToken)
    {
        var link = await CreateAsync(users, PasswordResetLinks.SiteUrl(request), user, invite: true);
        var text = string.Join("\n\n",
            t["An EduHub account was created for you. Your user name is \"{0}\".", user.UserName!],
            t["Choose your password here (the link works for 2 hours; an administrator can send a new one):"] + "\n" + link);
        await sender.SendAsync(new EmailMessage([user.Email!], t["Your EduHub account"], text), cancellationToken);
    }

    private static async Task<string> CreateAsync(UserManager<EduHubUser> users, string siteUrl, EduHubUser user, bool invite)
    {
        var query = await PasswordResetLinks.IssueQueryAsync(users, user) + (invite ? QueryString.Create("invite", "true") : QueryString.Empty);
        return $"{siteUrl}{Path}{query}";
    }
}
