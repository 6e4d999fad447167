using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EduHub.Core.Messaging;

/// <summary>MailKit over SMTP, or a pickup folder of .eml files when no SMTP host is configured.</summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options, IOptions<EduHubOptions> site, IHostEnvironment environment, TimeProvider clock) : IEmailSender
{
    public string PickupFolder
    {
        get
        {
            var dataPath = Path.IsPathRooted(site.Value.DataPath) ? site.Value.DataPath : Path.Combine(environment.ContentRootPath, site.Value.DataPath);
            var folder = options.Value.PickupFolder;
            return Path.IsPathRooted(folder) ? folder : Path.Combine(dataPath, folder);
        }
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = ToMime(message);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(PickupFolder);
            var path = Path.Combine(PickupFolder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():n}.eml");
            await mime.WriteToAsync(path, cancellationToken);
            return;
        }

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        var security = !settings.UseTls ? SecureSocketOptions.None : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private MimeMessage ToMime(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        foreach (var to in message.To)
        {
            mime.To.Add(MailboxAddress.Parse(to));
        }

        mime.Subject = message.Subject;
        mime.Date = clock.GetUtcNow();
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
