using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Seo;

/// <summary><c>/robots.txt</c>: the public portal is open to crawlers; the admin, the APIs and the partner area are not.</summary>
public sealed class RobotsModel : PageModel
{
    public IActionResult OnGet()
    {
        Response.Headers.CacheControl = "public, max-age=86400";
        var text = $"User-agent: *\nDisallow: /admin\nDisallow: /api\nDisallow: /partners\n\nSitemap: {Request.Scheme}://{Request.Host}/sitemap.xml\n";
        return Content(text, "text/plain; charset=utf-8");
    }
}
