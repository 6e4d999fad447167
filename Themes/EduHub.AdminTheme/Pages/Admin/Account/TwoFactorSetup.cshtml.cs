using System.ComponentModel.DataAnnotations;
using System.Text;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Account;

/// <summary>
/// Switches on TOTP two-factor sign-in: shows the otpauth:// URI as a QR code and as text, and the shared key (grouped for typing), turns it
/// on only after a code from the app checks out, then shows the recovery codes once.
/// </summary>
public sealed class TwoFactorSetupModel(UserManager<EduHubUser> users, SignInManager<EduHubUser> signIn, IStringLocalizer<AccountText> t) : PageModel
{
    public const string Issuer = "EduHub";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    public bool AlreadyEnabled { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>The <see cref="AuthenticatorUri"/> as a QR code image (data: URI of an SVG).</summary>
    public string QrCodeImage { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        AlreadyEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (!AlreadyEnabled)
        {
            await LoadKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Manage");
        }

        var code = AccountInput.NormalizeCode(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), t["Enter the 6-digit code your app shows."]);
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), t["This code is not right. Check that the app uses the key above and that the phone's clock is correct, then type the current code."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(EduHubUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = Format(key);
        var label = Uri.EscapeDataString($"{Issuer}:{user.UserName}");
        AuthenticatorUri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrCodeImage = AuthenticatorQrCode.DataUri(AuthenticatorUri);
    }

    /// <summary>Groups of four lower-case characters, easier to type into a phone.</summary>
    private static string Format(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
