using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>
/// Identity's password-reset tokens are Base64 (with + / =): wrapped again as Base64Url so they survive mail
/// clients and URLs (see <see cref="PasswordResetLinks"/>).
/// </summary>
public static class PasswordResetCodes
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string Decode(string code)
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
}
