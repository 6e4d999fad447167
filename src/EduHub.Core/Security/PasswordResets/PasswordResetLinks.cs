using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>
/// What a set-password link carries and whether it still works, for the admin and the partner area alike: an
/// Identity reset token (lifespan 2 h, void once the password or security stamp changes). A forgotten password and
/// an invitation are the same token; each side puts its own page in front of the query.
/// </summary>
public static class PasswordResetLinks
{
    /// <summary>Scheme, host and path base a link starts with. The host is safe to use: the host filter (AllowedHosts) restricts requests to the site's own names.</summary>
    public static string SiteUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>A fresh token for <paramref name="user"/>, as the link's query <c>?userId=…&amp;code=…</c>.</summary>
    public static async Task<QueryString> IssueQueryAsync(UserManager<EduHubUser> users, EduHubUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return QueryString.Create("userId", user.Id).Add("code", PasswordResetCodes.Encode(token));
    }

    /// <summary>The enabled account a link is for while its code is valid; null for an expired, used or tampered link.</summary>
    public static async Task<EduHubUser?> FindUserAsync(UserManager<EduHubUser> users, string userId, string code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId) is not { IsEnabled: true } user)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<EduHubUser>.ResetPasswordTokenPurpose, PasswordResetCodes.Decode(code));
        return valid ? user : null;
    }
}
