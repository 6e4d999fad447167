using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Sections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Seo;

/// <summary>
/// The sitemap for search engines (read as an anonymous visitor would: published items only). Revalidated like the
/// pages (ETag from the content change log), so a publish shows in it at once.
/// </summary>
[IgnoreAntiforgeryToken]
[ServiceFilter(typeof(Caching.PortalCacheFilter))]
public sealed class SitemapModel(ContentQueryService queries) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await SitemapBuilder.BuildAsync(queries, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        return Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }
}
