namespace EduHub.Core.Contents.Text;

public static class WebAddress
{
    /// <summary>Absolute http(s) URL with a host; never javascript:, data: or other schemes.</summary>
    public static bool IsValid(string? value, bool httpsOnly) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp))
        && !string.IsNullOrEmpty(uri.Host);
}
