using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>
/// The post of a reset-password form, the same in the admin and the partner area: the link must still work, the new
/// password must be typed twice alike (messages in the caller's texts, on its <c>NewPassword</c> and
/// <c>ConfirmPassword</c> fields), then Identity sets it. How Identity's refusals are worded and where the page
/// goes next stay with each side.
/// </summary>
public static class PasswordResetForm
{
    public const string NewPasswordField = "NewPassword";

    public const string ConfirmPasswordField = "ConfirmPassword";

    private const string InvalidToken = "InvalidToken";

    public static async Task<PasswordResetOutcome> SubmitAsync(
        UserManager<EduHubUser> users, string userId, string code, string newPassword, string confirmPassword, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (await PasswordResetLinks.FindUserAsync(users, userId, code) is not { } user)
        {
            return PasswordResetOutcome.LinkRefused;
        }

        if (newPassword.Length == 0)
        {
            modelState.AddModelError(NewPasswordField, t["Enter a new password."]);
        }
        else if (newPassword != confirmPassword)
        {
            modelState.AddModelError(ConfirmPasswordField, t["The two passwords are not the same."]);
        }

        if (!modelState.IsValid)
        {
            return PasswordResetOutcome.FormInvalid;
        }

        var result = await users.ResetPasswordAsync(user, PasswordResetCodes.Decode(code), newPassword);
        if (!result.Succeeded)
        {
            // The token can go stale between the check above and here (used meanwhile from another tab).
            return new PasswordResetOutcome(false, result.Errors.Any(e => e.Code == InvalidToken), result.Errors.Where(e => e.Code != InvalidToken).ToList());
        }

        // The link came through the mailbox: the address is confirmed, and a lock-out from guessing ends with the new password.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return PasswordResetOutcome.Done;
    }
}
