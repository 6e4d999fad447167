using System.Text.Json;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>
/// A forgot-password request as the outbox keeps it, from the form to its mail handler. The JSON names stay as they
/// are: messages queued before a deploy are read after it.
/// </summary>
/// <param name="Culture">The language of the mail, and of the page its link opens.</param>
/// <param name="SiteUrl">Where the link starts (<see cref="PasswordResetLinks.SiteUrl"/> of the asking request).</param>
public sealed record PasswordResetRequest(string Email, string Culture, string SiteUrl)
{
    public string ToPayload() => JsonSerializer.Serialize(this);

    public static PasswordResetRequest Parse(string payload) =>
        JsonSerializer.Deserialize<PasswordResetRequest>(payload) ?? throw new InvalidOperationException("Empty password-reset request.");
}
