using System.Globalization;
using EduHub.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace EduHub.PortalTheme.Caching;

/// <summary>
/// Public pages are cacheable by browsers and proxies, but always revalidated: the ETag is the position in the
/// content change log (written in the same transaction as every publish), so a publish anywhere changes every
/// page's ETag at once and a repeat visit on a slow link costs a 304 without a body. Signed-in visitors may see
/// more (mentor contacts for their school), so their pages are never stored.
/// </summary>
internal sealed class PortalCacheFilter(ContentChangeFeed changes) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await next();
            return;
        }

        if (http.User.Identity?.IsAuthenticated == true)
        {
            http.Response.Headers.CacheControl = "private, no-store";
            await next();
            return;
        }

        var latest = await changes.LatestIdAsync(http.RequestAborted);
        var etag = new EntityTagHeaderValue($"\"{latest.ToString(CultureInfo.InvariantCulture)}-{PortalAssets.Version}\"", isWeak: true);
        http.Response.Headers.CacheControl = "public, no-cache";
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.Vary = "Accept-Encoding, Cookie";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }

        await next();
    }
}
