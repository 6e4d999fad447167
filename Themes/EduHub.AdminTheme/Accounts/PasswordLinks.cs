using System.Text;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// Set-password links sent by e-mail: a forgotten password and an invitation are the same Identity reset token
/// (lifespan 2 h, void once the password or security stamp changes), wrapped for a URL.
/// </summary>
public static class PasswordLinks
{
    public const string Path = "/admin/account/reset-password";

    public static Task SendResetAsync(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t, HttpRequest request, EduHubUser user, CancellationToken cancellationToken) =>
        SendResetAsync(users, sender, t, SiteUrl(request), user, cancellationToken);

    /// <param name="siteUrl">Scheme, host and path base the link starts with (<see cref="SiteUrl"/> of the asking request).</param>
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
        var link = await CreateAsync(users, SiteUrl(request), user, invite: true);
        var text = string.Join("\n\n",
            t["An EduHub account was created for you. Your user name is \"{0}\".", user.UserName!],
            t["Choose your password here (the link works for 2 hours; an administrator can send a new one):"] + "\n" + link);
        await sender.SendAsync(new EmailMessage([user.Email!], t["Your EduHub account"], text), cancellationToken);
    }

    /// <summary>Identity tokens are Base64 (with + / =): encoded again as Base64Url so they survive mail clients and URLs.</summary>
    public static string DecodeCode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    /// <summary>The host comes from the request, which the host filter (AllowedHosts) restricts to the site's own names.</summary>
    public static string SiteUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static async Task<string> CreateAsync(UserManager<EduHubUser> users, string siteUrl, EduHubUser user, bool invite)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var query = QueryString.Create("userId", user.Id).Add("code", code) + (invite ? QueryString.Create("invite", "true") : QueryString.Empty);
        return $"{siteUrl}{Path}{query}";
    }
}
