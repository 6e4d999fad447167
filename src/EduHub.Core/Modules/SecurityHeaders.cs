using Microsoft.AspNetCore.Http;

namespace EduHub.Core.Modules;

/// <summary>
/// The response headers every HTML area of the site sends (admin, portal): the site's own files only (no inline
/// script or style), no framing, no sniffing, no camera/microphone/location. Each area picks its referrer policy.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(IHeaderDictionary headers, string referrerPolicy)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = referrerPolicy;
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
