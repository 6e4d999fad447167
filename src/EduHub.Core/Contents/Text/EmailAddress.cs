using System.Net.Mail;

namespace EduHub.Core.Contents.Text;

public static class EmailAddress
{
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        // MailAddress accepts display names and local-only hosts; insist on a bare address with a dotted domain.
        return MailAddress.TryCreate(value, out var address)
            && address.Address == value
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.');
    }
}
