using EduHub.PortalTheme.Platforms;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Portal.Platforms;

/// <summary>The platform directory: text search (when the search feature is on), filters with counts, paging.</summary>
public sealed class IndexModel(PlatformDirectory directory) : PageModel
{
    public PlatformFilters Filters { get; private set; } = PlatformFilters.Parse(new Microsoft.AspNetCore.Http.QueryCollection());

    public PlatformDirectoryPage Result { get; private set; } = null!;

    public PlatformDirectory Directory => directory;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = PlatformFilters.Parse(Request.Query);
        Result = await directory.LoadAsync(Filters, cancellationToken);
    }

    public string PageUrl(int page) => $"/{PortalContent.Culture}/platforms{Filters.QueryString(page)}";
}
