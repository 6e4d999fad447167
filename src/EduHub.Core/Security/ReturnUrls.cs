namespace EduHub.Core.Security;

/// <summary>
/// Where to go after signing in: a local path inside one area (<c>/admin</c>, <c>/partners</c>), never another
/// site or another area (no open redirect). Shared by the admin's and the partner area's sign-in pages.
/// </summary>
public static class ReturnUrls
{
    public static string Within(string? returnUrl, string area, string fallback) =>
        IsLocalPath(returnUrl) && (returnUrl == area
            || returnUrl!.StartsWith(area + "/", StringComparison.OrdinalIgnoreCase)
            || returnUrl.StartsWith(area + "?", StringComparison.OrdinalIgnoreCase))
            ? returnUrl!
            : fallback;

    /// <summary>A path on this site: starts with one slash, not <c>//</c> or <c>/\</c> (protocol-relative), no control characters.</summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl) && !url.Contains('\\', StringComparison.Ordinal);
}
