using System.Text.RegularExpressions;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Messaging;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EduHub.IntegrationTests.Admin;

/// <summary>Reads the e-mails the site wrote to its pickup folder (no SMTP host is configured in tests).</summary>
internal static partial class AccountsMailbox
{
    public static IReadOnlyList<MimeMessage> To(EduHubSite site, string address)
    {
        var folder = Path.Combine(site.DataPath, "mail-pickup");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.eml")
            .Select(f => (File: f, Message: MimeMessage.Load(f)))
            .Where(m => m.Message.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => File.GetLastWriteTimeUtc(m.File)).ThenBy(m => m.File, StringComparer.Ordinal)
            .Select(m => m.Message)];
    }

    /// <summary>
    /// Waits until the outbox of the host holds no reset request waiting to be mailed (the forgot-password page only
    /// records the request; a background worker sends the mail). Processes due messages itself too, so the wait does
    /// not depend on when the worker wakes up.
    /// </summary>
    public static async Task DeliveredAsync(IServiceProvider services)
    {
        var outbox = services.GetRequiredService<Outbox>();
        // Up to a minute: the machines running CI are shared and sometimes very slow.
        for (var i = 0; i < 1200; i++)
        {
            await outbox.ProcessDueAsync(CancellationToken.None);
            if (await outbox.PendingAsync(PasswordResetMail.MessageKind, CancellationToken.None) == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The outbox still holds password-reset requests.");
    }

    /// <summary>The set-password link (path and query) of the last e-mail to the address.</summary>
    public static string LastLink(EduHubSite site, string address)
    {
        var messages = To(site, address);
        Assert.NotEmpty(messages);
        var match = Link().Match(messages[^1].TextBody ?? "");
        Assert.True(match.Success, "No set-password link in: " + messages[^1].TextBody);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/admin/account/reset-password\?\S+")]
    private static partial Regex Link();
}
