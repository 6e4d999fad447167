using EduHub.Core.Contents.Text;

namespace EduHub.Core.Contents.Fields;

/// <summary>The <c>Format</c> setting of text fields: checks a value and returns its stored form.</summary>
internal static class TextFormats
{
    public static bool TryNormalize(string? format, string value, out string normalized, out string message)
    {
        normalized = value;
        message = "";
        switch (format)
        {
            case "Email":
                normalized = value.ToLowerInvariant();
                message = $"'{value}' is not a valid e-mail address.";
                return EmailAddress.IsValid(value);
            case "Phone":
                message = $"'{value}' is not a valid Armenian phone number (+374 and 8 digits, e.g. +374 10 578455 or 077 123456).";
                return ArmenianPhoneNumber.TryNormalize(value, out normalized);
            case "Url":
                message = $"'{value}' is not a valid http(s) address.";
                return WebAddress.IsValid(value, httpsOnly: false);
            default:
                return true;
        }
    }
}
