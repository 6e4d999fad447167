using System.Globalization;
using System.Text.Json;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Partners;

/// <summary>
/// Sends the reset link asked for on the partner area's forgot-password page, from the outbox worker (as the admin
/// does): the page records the request for any address, so neither its answer nor its timing tells whether the
/// address has an account. The link leads back to the partner area in the language the page was shown in.
/// </summary>
internal sealed class PartnerPasswordResetMail(UserManager<EduHubUser> users, IEmailSender sender, IStringLocalizer<PartnersText> t) : IOutboxHandler
{
    public const string MessageKind = "partners.password-reset";

    public string Kind => MessageKind;

    public static string Payload(string email, string culture, string siteUrl) => JsonSerializer.Serialize(new Request(email, culture, siteUrl));

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<Request>(payload) ?? throw new InvalidOperationException("Empty password-reset request.");

        // Disabled (pending) accounts get no link: they could not sign in with the new password anyway.
        if (await users.FindByEmailAsync(request.Email) is not { IsEnabled: true } user)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var query = QueryString.Create("userId", user.Id).Add("code", PasswordResetCodes.Encode(token));
        var link = $"{request.SiteUrl}/partners/{request.Culture}/reset-password{query}";
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.Culture);
            var text = string.Join("\n\n",
                t["Someone (hopefully you) asked to reset the password of the EduHub partner account \"{0}\".", user.UserName!],
                t["Choose a new password here (the link works for 2 hours and only once):"] + "\n" + link,
                t["If you did not ask for this, ignore this e-mail: your password stays as it is."]);
            await sender.SendAsync(new EmailMessage([user.Email!], t["Reset your EduHub password"], text), cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed record Request(string Email, string Culture, string SiteUrl);
}
