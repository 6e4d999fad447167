using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Sections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Seo;

/// <summary>The sitemap for search engines (read as an anonymous visitor would: published items only).</summary>
[IgnoreAntiforgeryToken]
public sealed class SitemapModel(ContentQueryService queries) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await SitemapBuilder.BuildAsync(queries, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        Response.Headers.CacheControl = "public, max-age=3600";
        return Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }
}
