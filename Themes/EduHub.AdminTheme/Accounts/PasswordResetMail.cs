using System.Globalization;
using System.Text.Json;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// Sends the reset link asked for on the forgot-password page, from the outbox worker. The page only records the
/// request, for any address: looking the account up, making the token and talking to the mail server all happen
/// here, so the page's answer (and how long it takes) is the same whether or not the address has an account.
/// </summary>
internal sealed class PasswordResetMail(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<AccountText> t) : IOutboxHandler
{
    public const string MessageKind = "account.password-reset";

    public string Kind => MessageKind;

    public static string Payload(string email, string culture, string siteUrl) => JsonSerializer.Serialize(new Request(email, culture, siteUrl));

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<Request>(payload) ?? throw new InvalidOperationException("Empty password-reset request.");

        // Disabled accounts get no link: they could not sign in with the new password anyway.
        if (await users.FindByEmailAsync(request.Email) is not { IsEnabled: true } user)
        {
            return;
        }

        var culture = CultureInfo.CurrentUICulture;
        try
        {
            // The e-mail is written in the language the page was shown in.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.Culture);
            await PasswordLinks.SendResetAsync(users, sender, t, request.SiteUrl, user, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private sealed record Request(string Email, string Culture, string SiteUrl);
}
