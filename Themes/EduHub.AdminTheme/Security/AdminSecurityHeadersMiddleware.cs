using EduHub.Core.Modules;
using Microsoft.AspNetCore.Http;

namespace EduHub.AdminTheme.Security;

/// <summary>
/// Headers for every admin response: a CSP without inline script (the admin's own JS is a file), no framing,
/// no referrer leaking admin URLs, and no caching of pages that show drafts and private data.
/// </summary>
public sealed class AdminSecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            SecurityHeaders.Apply(headers, "same-origin");
            if (!context.Request.Path.StartsWithSegments("/admin/assets"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
