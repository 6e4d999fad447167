using EduHub.Core.Security;

namespace EduHub.AdminTheme.Accounts;

/// <summary>Checks shared by the account and user forms (messages are added by each page in its own language).</summary>
public static class AccountInput
{
    public static bool IsEmail(string value) => EmailAddresses.IsValid(value);

    /// <summary>Codes from authenticator apps are typed with spaces or hyphens now and then.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
