using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Sections;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Portal.Sections;

/// <summary>Announcements, newest first, paged.</summary>
public sealed class NewsModel(PortalContent content) : PageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<ContentItem> Announcements { get; private set; } = [];

    public int PageIndex { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "page" is also the Razor page route value, so it is read from the query string itself.
        PageIndex = PageNumber.Parse(Request.Query["page"]);
        var result = await content.ListAsync("Announcement", PageSize, cancellationToken,
            orderBy: [ContentSort.ByField("Announcement", "Date", descending: true), ContentSort.By(MetadataField.DisplayText)], skip: (PageIndex - 1) * PageSize);
        Announcements = result.Items;
        HasNextPage = result.HasNextPage;
    }
}
