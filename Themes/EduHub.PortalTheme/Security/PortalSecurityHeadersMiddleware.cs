using EduHub.Core.Modules;
using Microsoft.AspNetCore.Http;

namespace EduHub.PortalTheme.Security;

/// <summary>
/// Headers for every portal response: only the site's own files (no third-party requests, no inline script),
/// no framing, and a referrer policy that does not leak full URLs to the platforms' sites.
/// </summary>
internal sealed class PortalSecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            SecurityHeaders.Apply(context.Response.Headers, "strict-origin-when-cross-origin");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
