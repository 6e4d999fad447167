namespace EduHub.Core.Messaging;

/// <summary>
/// Sends e-mail: over SMTP when <c>EduHub:Email:SmtpHost</c> is set, otherwise as .eml files in the pickup
/// folder (<c>&lt;DataPath&gt;/mail-pickup</c>). Used by workflows and account e-mails (password reset).
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
