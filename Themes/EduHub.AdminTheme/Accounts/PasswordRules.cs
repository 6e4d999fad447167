using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduHub.AdminTheme.Accounts;

/// <summary>Identity's password rules as a hint and its errors as localized messages (Identity's own are English only).</summary>
public static class PasswordRules
{
    public static string Hint(IdentityOptions options, IStringLocalizer<AccountText> t)
    {
        var rules = options.Password;
        var parts = new List<string> { t["At least {0} characters", rules.RequiredLength] };
        if (rules.RequireUppercase)
        {
            parts.Add(t["an upper-case letter"]);
        }

        if (rules.RequireLowercase)
        {
            parts.Add(t["a lower-case letter"]);
        }

        if (rules.RequireDigit)
        {
            parts.Add(t["a digit"]);
        }

        if (rules.RequireNonAlphanumeric)
        {
            parts.Add(t["a character that is not a letter or digit"]);
        }

        return string.Join(", ", parts) + ".";
    }

    public static string Hint(IOptions<IdentityOptions> options, IStringLocalizer<AccountText> t) => Hint(options.Value, t);

    /// <summary>Is this error about the new password (as opposed to the user name, e-mail or token)?</summary>
    public static bool IsPasswordError(IdentityError error) => error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != "PasswordMismatch";

    public static string Describe(IdentityError error, IdentityOptions options, IStringLocalizer<AccountText> t) => error.Code switch
    {
        "PasswordTooShort" => t["The password must have at least {0} characters.", options.Password.RequiredLength],
        "PasswordRequiresUpper" => t["The password must contain an upper-case letter (A–Z)."],
        "PasswordRequiresLower" => t["The password must contain a lower-case letter (a–z)."],
        "PasswordRequiresDigit" => t["The password must contain a digit (0–9)."],
        "PasswordRequiresNonAlphanumeric" => t["The password must contain a character that is not a letter or digit."],
        "PasswordRequiresUniqueChars" => t["The password must use at least {0} different characters.", options.Password.RequiredUniqueChars],
        "PasswordMismatch" => t["The current password is not correct."],
        "InvalidToken" => t["This link has expired or is not valid. Ask for a new one."],
        "DuplicateUserName" => t["This user name is already taken."],
        "InvalidUserName" => t["The user name may contain only letters, digits and - . _ @ +."],
        "DuplicateEmail" => t["Another account already uses this e-mail address."],
        "InvalidEmail" => t["Enter a valid e-mail address."],
        _ => error.Description,
    };
}
